import { defaultDomainConfig } from '@innoledger/core';
import type { Random } from './random';

// Calendar arithmetic on `YYYY-MM-DD` business dates, in UTC so no time zone shifts a day.

/** The official working-day calendar (2017–2021) the deciders use too. */
const { calendar } = defaultDomainConfig;

const DAY_MS = 86_400_000;

const toMs = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => fromMs(toMs(date) + days * DAY_MS);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((toMs(to) - toMs(from)) / DAY_MS);

/** The last day of a month, e.g. `lastDayOfMonth(2020, 2)` → `2020-02-29`. */
export const lastDayOfMonth = (year: number, month: number): string => fromMs(Date.UTC(year, month, 0));

export const monthStart = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}-01`;

/** The working days (official calendar, 调休 included) from `from` to `to`, inclusive. */
export const workingDaysBetween = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) out.push(d);
  return out;
};

/** The first working day on or after `date`. */
export const workingDayFrom = (date: string): string => {
  let d = date;
  while (!calendar.isWorkingDay(d)) d = addDays(d, 1);
  return d;
};

/** The last working day on or before `date`. */
export const workingDayUntil = (date: string): string => {
  let d = date;
  while (!calendar.isWorkingDay(d)) d = addDays(d, -1);
  return d;
};

/** A working day between `from` and `to` (inclusive), chosen by `random`. */
export const randomWorkingDay = (random: Random, from: string, to: string): string =>
  random.pick(workingDaysBetween(from, to));

/** A calendar day between `from` and `to` (inclusive), chosen by `random`. */
export const randomDay = (random: Random, from: string, to: string): string =>
  addDays(from, random.int(0, daysBetween(from, to)));
