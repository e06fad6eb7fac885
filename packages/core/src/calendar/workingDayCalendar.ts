/**
 * Working days as the State Council publishes them each year: weekends off, public holidays off,
 * and some weekend days made working days (调休). Data, not code, so a new year is a new list.
 */
export interface WorkingDayCalendarData {
  /** Years the lists cover; outside them only weekends are known, and that is refused. */
  readonly years: readonly number[];
  /** Public holidays, `YYYY-MM-DD`. */
  readonly holidays: readonly string[];
  /** Weekend days that are working days (调休上班). */
  readonly makeUpWorkdays: readonly string[];
}

export interface WorkingDayCalendar {
  readonly covers: (date: string) => boolean;
  readonly isWorkingDay: (date: string) => boolean;
  /**
   * The date of the `n`th working day counting `start` as day 1 when it is a working day; e.g. a
   * 10-working-day public notice starting on `start` ends on `nthWorkingDay(start, 10)`.
   */
  readonly nthWorkingDay: (start: string, n: number) => string;
}

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export const workingDayCalendar = (data: WorkingDayCalendarData): WorkingDayCalendar => {
  const holidays = new Set(data.holidays);
  const makeUp = new Set(data.makeUpWorkdays);
  const years = new Set(data.years);
  const covers = (date: string) => years.has(Number(date.slice(0, 4)));
  const isWorkingDay = (date: string) => {
    if (!covers(date)) throw new RangeError(`the working-day calendar does not cover ${date}`);
    if (makeUp.has(date)) return true;
    if (holidays.has(date)) return false;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  };
  const nthWorkingDay = (start: string, n: number) => {
    let date = start;
    let count = isWorkingDay(date) ? 1 : 0;
    while (count < n) {
      date = addDays(date, 1);
      if (isWorkingDay(date)) count++;
    }
    return date;
  };
  return { covers, isWorkingDay, nthWorkingDay };
};
