import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryBusinessDate } from '../../../testing/src/index';
import { BusinessDate, businessDayOf, endOfBusinessDay, isBusinessDate, parseKnownAt } from './businessDate';

const instant = fc.date({
  noInvalidDate: true,
  min: new Date('1950-01-01T00:00:00Z'),
  max: new Date('2099-12-30T00:00:00Z'),
});

/** The instant written as China Standard Time wall-clock time, without a zone. */
const cstWallClock = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, -1);

/** The calendar's own answer: the date that `Date` makes of the parts is the same date. */
const calendarDay = (text: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 100 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
};

const digits = (n: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((a) => a.join(''));

describe('business date properties', () => {
  it('isBusinessDate agrees with the calendar on every string shaped like a date, and on others', () => {
    const dateLike = fc
      .tuple(digits(4), fc.constantFrom('-', '/', '0'), digits(2), fc.constantFrom('-', '-', ' '), digits(2))
      .map((parts) => parts.join(''));
    const nearMiss = fc
      .tuple(digits(4), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(dateLike, nearMiss, fc.string({ maxLength: 12 })), (text) => {
        expect(isBusinessDate(text)).toBe(calendarDay(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('generated business dates are business dates and decode as BusinessDate', () => {
    fc.assert(
      fc.property(arbitraryBusinessDate(), (d) => {
        expect(isBusinessDate(d)).toBe(true);
        expect(BusinessDate.decode(d)._tag).toBe('Right');
      }),
    );
  });

  it('the end of a business day falls on that day, and the next millisecond on the next day', () => {
    fc.assert(
      fc.property(arbitraryBusinessDate(), (d) => {
        const end = endOfBusinessDay(d);
        expect(businessDayOf(end)).toBe(d);
        const next = businessDayOf(new Date(Date.parse(end) + 1));
        expect(next > d && isBusinessDate(next)).toBe(true);
        expect(parseKnownAt(d)).toBe(end);
      }),
    );
  });

  it('every instant lies within its business day', () => {
    fc.assert(
      fc.property(instant, (d) => {
        const day = businessDayOf(d);
        expect(Date.parse(endOfBusinessDay(day))).toBeGreaterThanOrEqual(d.getTime());
        expect(Date.parse(endOfBusinessDay(day)) - d.getTime()).toBeLessThan(86_400_000);
      }),
    );
  });

  it('parseKnownAt reads an instant in UTC, with an offset, or as CST wall-clock time alike', () => {
    fc.assert(
      fc.property(instant, (d) => {
        const iso = d.toISOString();
        expect(parseKnownAt(iso)).toBe(iso);
        expect(parseKnownAt(`${cstWallClock(d)}+08:00`)).toBe(iso);
        expect(parseKnownAt(cstWallClock(d))).toBe(iso);
      }),
    );
  });
});
