import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { addDays } from '../shared/dates';

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

/** A count of working days reached a day in a year the calendar has no official lists for. */
export interface CalendarNotCovered {
  readonly _tag: 'CalendarNotCovered';
  /** The first day the count needed and the calendar does not cover. */
  readonly date: string;
}

export interface WorkingDayCalendar {
  readonly covers: (date: string) => boolean;
  /** Throws a RangeError for a day the calendar does not cover: check {@link covers} first. */
  readonly isWorkingDay: (date: string) => boolean;
  /**
   * The date of the `n`th working day counting `start` as day 1 when it is a working day; e.g. a
   * 10-working-day public notice starting on `start` ends on `nthWorkingDay(start, 10)`. Throws a
   * RangeError when the count runs through a day the calendar does not cover.
   */
  readonly nthWorkingDay: (start: string, n: number) => string;
  /**
   * {@link nthWorkingDay} as a value, for deciders: a count that runs through a day the calendar
   * does not cover is the caller's data (a date outside the published years), not a defect.
   */
  readonly findNthWorkingDay: (start: string, n: number) => Either<CalendarNotCovered, string>;
}

export const workingDayCalendar = (data: WorkingDayCalendarData): WorkingDayCalendar => {
  const holidays = new Set(data.holidays);
  const makeUp = new Set(data.makeUpWorkdays);
  const years = new Set(data.years);
  const covers = (date: string) => years.has(Number(date.slice(0, 4)));
  /** Whether `date` is a working day, or undefined when the calendar does not cover it. */
  const workingDay = (date: string): boolean | undefined => {
    if (!covers(date)) return undefined;
    if (makeUp.has(date)) return true;
    if (holidays.has(date)) return false;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  };
  const notCovered = (date: string) => new RangeError(`the working-day calendar does not cover ${date}`);
  const isWorkingDay = (date: string) => {
    const answer = workingDay(date);
    if (answer === undefined) throw notCovered(date);
    return answer;
  };
  const findNthWorkingDay = (start: string, n: number): Either<CalendarNotCovered, string> => {
    let date = start;
    let count = 0;
    for (;;) {
      const answer = workingDay(date);
      if (answer === undefined) return left({ _tag: 'CalendarNotCovered', date });
      if (answer) count++;
      if (count >= n) return right(date);
      date = addDays(date, 1);
    }
  };
  const nthWorkingDay = (start: string, n: number) => {
    const found = findNthWorkingDay(start, n);
    if (isLeft(found)) throw notCovered(found.left.date);
    return found.right;
  };
  return { covers, isWorkingDay, nthWorkingDay, findNthWorkingDay };
};
