import * as t from 'io-ts';

/** A calendar day `YYYY-MM-DD` in China Standard Time (UTC+08:00): when something happened. */
export interface BusinessDateBrand {
  readonly BusinessDate: unique symbol;
}
export type BusinessDate = t.Branded<string, BusinessDateBrand>;

/** The number written in `text[from, to)` in ASCII digits, or -1 if any is not a digit. */
const digitsAt = (text: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
};

const daysInMonth = (year: number, month: number): number => {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
};

/**
 * True for a real calendar day written `YYYY-MM-DD` (rejects 2020-02-30), in the proleptic
 * Gregorian calendar, from year 0100 on. Checked by arithmetic on the characters: every append asks
 * for every event, and so does every decode of a replay, where a regular expression and a `Date`
 * cost more than the rest of checking the event.
 */
export const isBusinessDate = (value: unknown): value is BusinessDate => {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  // Years before 0100 were never accepted (Date.UTC reads 0–99 as 1900–1999); none is a business date.
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
};

/** io-ts codec for {@link BusinessDate}. */
export const BusinessDate = t.brand(t.string, (s): s is BusinessDate => isBusinessDate(s), 'BusinessDate');

const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The last instant of a business day, as a UTC ISO string. A date-only "known at" means the end of
 * that day in China Standard Time, so `2020-07-31` includes everything recorded that day in Xianning.
 */
export const endOfBusinessDay = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00.000Z`) - CST_OFFSET_MS + 24 * 60 * 60 * 1000 - 1).toISOString();

/** The business day (CST) that a UTC instant falls on. */
export const businessDayOf = (instant: string | Date): BusinessDate =>
  new Date(new Date(instant).getTime() + CST_OFFSET_MS).toISOString().slice(0, 10) as BusinessDate;

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))?$/;

/**
 * Reads a "known at" argument: a business date (the end of that day, CST) or an ISO 8601 date-time.
 * A date-time without a zone is read in China Standard Time, like business dates, so the answer
 * never depends on the machine's zone. Impossible dates and times (2020-02-30, 24:00, +15:00) are
 * refused rather than rolled over as `Date.parse` would. Returns the UTC instant, or undefined so
 * callers can report the bad input.
 */
export const parseKnownAt = (value: string): string | undefined => {
  if (isBusinessDate(value)) return endOfBusinessDay(value);
  const m = INSTANT.exec(value);
  if (!m) return undefined;
  const [, date = '', hh, mm, ss, fraction = '', zone, sign, zh, zm] = m;
  const [hours, minutes, seconds, zoneHours, zoneMinutes] = [hh, mm, ss, zh, zm].map((part) => Number(part ?? 0));
  const valid = (n: number | undefined, max: number): n is number => n !== undefined && n <= max;
  if (!isBusinessDate(date) || !valid(hours, 23) || !valid(minutes, 59) || !valid(seconds, 59)) return undefined;
  if (!valid(zoneHours, 14) || !valid(zoneMinutes, 59)) return undefined;
  const zoneMs = (sign === '-' ? -1 : 1) * (zoneHours * 60 + zoneMinutes) * 60_000;
  const offsetMs = zone === undefined ? CST_OFFSET_MS : zone === 'Z' ? 0 : zoneMs;
  const ms = Math.floor(Number(`0.${fraction}`) * 1000);
  const local = Date.parse(`${date}T00:00:00.000Z`) + ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
  return new Date(local - offsetMs).toISOString();
};
