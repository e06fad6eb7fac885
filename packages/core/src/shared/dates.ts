// Calendar arithmetic on `YYYY-MM-DD` business dates, in UTC so no time zone shifts a day.

const DAY_MS = 86_400_000;

const parts = (date: string): [number, number, number] => [
  Number(date.slice(0, 4)),
  Number(date.slice(5, 7)),
  Number(date.slice(8, 10)),
];

const format = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The calendar year of a date. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));

/** The calendar day `days` after `date` (before it when negative). */
export const addDays = (date: string, days: number): string => format(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);

/**
 * The same day `months` later, clamped to the end of a shorter month (2020-11-30 + 3 → 2021-02-28),
 * which is how a "within 3 months" deadline is read.
 */
export const addMonths = (date: string, months: number): string => {
  const [y, m, d] = parts(date);
  const target = Date.UTC(y, m - 1 + months, 1);
  const lastDay = new Date(Date.UTC(y, m + months, 0)).getUTCDate();
  return format(target + (Math.min(d, lastDay) - 1) * DAY_MS);
};

/** The same day `years` later, 29 February becoming 28 February. */
export const addYears = (date: string, years: number): string => addMonths(date, years * 12);

/**
 * The last day of a validity of `years` years starting on `date`: 2020-10-15 + 3 years → 2023-10-14.
 * A period starting on 29 February runs through 28 February (the day before 1 March).
 */
export const lastDayOfYears = (date: string, years: number): string => {
  const [y, m, d] = parts(date);
  return format(Date.UTC(y + years, m - 1, d) - DAY_MS);
};

/** Every day from `from` to `to`, both included (none when `to` is earlier). */
export const daysFromTo = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= Date.parse(`${to}T00:00:00Z`); ms += DAY_MS)
    out.push(format(ms));
  return out;
};
