import { type BusinessDate, isBusinessDate } from '@innoledger/kernel';
import fc from 'fast-check';

export interface BusinessDateConstraints {
  /** Earliest day, `YYYY-MM-DD`; default 1949-10-01. */
  readonly min?: string;
  /** Latest day, `YYYY-MM-DD`; default 2099-12-31. */
  readonly max?: string;
}

const DAY_MS = 86_400_000;

const dayNumber = (date: string): number => {
  if (!isBusinessDate(date)) throw new RangeError(`arbitraryBusinessDate: not a date ${JSON.stringify(date)}`);
  return Date.parse(`${date}T00:00:00.000Z`) / DAY_MS;
};

/** Calendar days `YYYY-MM-DD` in a range, leap days included. */
export const arbitraryBusinessDate = (constraints: BusinessDateConstraints = {}): fc.Arbitrary<BusinessDate> =>
  fc
    .integer({ min: dayNumber(constraints.min ?? '1949-10-01'), max: dayNumber(constraints.max ?? '2099-12-31') })
    .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10) as BusinessDate);
