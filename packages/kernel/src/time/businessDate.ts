import * as t from 'io-ts';

/** A calendar day `YYYY-MM-DD` in China Standard Time (UTC+08:00): when something happened. */
export interface BusinessDateBrand {
  readonly BusinessDate: unique symbol;
}
export type BusinessDate = t.Branded<string, BusinessDateBrand>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (rejects 2020-02-30). */
export const isBusinessDate = (value: unknown): value is BusinessDate => {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
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

/**
 * Reads a "known at" argument: a business date (end of that day, CST) or an ISO instant.
 * Returns undefined for anything else so callers can report the bad input.
 */
export const parseKnownAt = (value: string): string | undefined => {
  if (isBusinessDate(value)) return endOfBusinessDay(value);
  const ms = Date.parse(value);
  return /^\d{4}-\d{2}-\d{2}T/.test(value) && Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
};
