import { isBusinessDate } from '@innoledger/kernel';
import { type Either, left, right } from 'fp-ts/lib/Either.js';

/** A reporting period: inclusive business dates, and the label it was asked by. */
export interface Period {
  readonly label: string;
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day, `YYYY-MM-DD`. */
  readonly end: string;
}

export interface InvalidPeriod {
  readonly _tag: 'InvalidPeriod';
  readonly input: string;
  readonly message: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const span = (label: string, year: number, fromMonth: number, toMonth: number): Period => ({
  label,
  start: `${year}-${pad(fromMonth)}-01`,
  end: `${year}-${pad(toMonth)}-${pad(lastDayOfMonth(year, toMonth))}`,
});

const invalid = (input: string, message: string): Either<InvalidPeriod, Period> =>
  left({ _tag: 'InvalidPeriod', input, message });

/**
 * Reads `2020`, `2020-H1`/`H2`, `2020-Q1`..`Q4`, `2020-03`, or a date range
 * `2020-01-01..2020-04-10` (both ends inclusive).
 */
export const parsePeriod = (input: string): Either<InvalidPeriod, Period> => {
  const text = input.trim();
  let m = /^(\d{4})$/.exec(text);
  if (m) return right(span(text, Number(m[1]), 1, 12));
  m = /^(\d{4})-H([12])$/.exec(text);
  if (m) return right(span(text, Number(m[1]), m[2] === '1' ? 1 : 7, m[2] === '1' ? 6 : 12));
  m = /^(\d{4})-Q([1-4])$/.exec(text);
  if (m) {
    const q = Number(m[2]);
    return right(span(text, Number(m[1]), q * 3 - 2, q * 3));
  }
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return invalid(input, `month ${m[2]} does not exist`);
    return right(span(text, Number(m[1]), month, month));
  }
  m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(text);
  if (m) {
    const [start, end] = [m[1] as string, m[2] as string];
    if (!isBusinessDate(start) || !isBusinessDate(end))
      return invalid(input, 'both ends must be calendar dates YYYY-MM-DD');
    if (start > end) return invalid(input, `the range starts (${start}) after it ends (${end})`);
    return right({ label: text, start, end });
  }
  return invalid(input, 'expected 2020, 2020-H1, 2020-Q1, 2020-03 or 2020-01-01..2020-04-10');
};

const shiftYear = (date: string, years: number): string => {
  const year = Number(date.slice(0, 4)) + years;
  const [month, day] = [Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  // 29 February has no twin in a common year; the month's last day stands in for it.
  return `${year}-${pad(month)}-${pad(Math.min(day, lastDayOfMonth(year, month)))}`;
};

/** The same period one year earlier, for year-on-year comparisons. */
export const previousYearOf = (period: Period): Period => {
  const start = shiftYear(period.start, -1);
  const end = shiftYear(period.end, -1);
  return { label: `${period.label} (previous year)`, start, end };
};

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * Share of the year elapsed at the period's last day: days from 1 January through the last day ÷
 * days in that year (2020-H1: 182/366). Reports compare progress against it.
 */
export const timeProgressOf = (period: Period): { readonly elapsed: number; readonly daysInYear: number } => {
  const year = Number(period.end.slice(0, 4));
  const elapsed = dayNumber(period.end) - dayNumber(`${year}-01-01`) + 1;
  const daysInYear = dayNumber(`${year + 1}-01-01`) - dayNumber(`${year}-01-01`);
  return { elapsed, daysInYear };
};
