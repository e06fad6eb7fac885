// Calendar arithmetic on `YYYY-MM-DD` business dates, in UTC so no time zone shifts a day.

/** The calendar year of a date. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));

/** The same day `years` later, 29 February becoming 28 February. */
export const addYears = (date: string, years: number): string => {
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return new Date(Date.UTC(y + years, m - 1, Math.min(d, lastDay))).toISOString().slice(0, 10);
};
