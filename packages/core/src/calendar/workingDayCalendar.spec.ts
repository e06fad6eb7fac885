import { left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { workingDayCalendar } from './workingDayCalendar';

// A made-up year: 2030-01-01 (a Tuesday) a holiday, Saturday 2030-01-05 a make-up working day.
const calendar = workingDayCalendar({ years: [2030], holidays: ['2030-01-01'], makeUpWorkdays: ['2030-01-05'] });

describe('workingDayCalendar', () => {
  it('takes weekends and holidays off and works make-up days', () => {
    expect(calendar.isWorkingDay('2030-01-01')).toBe(false); // holiday
    expect(calendar.isWorkingDay('2030-01-02')).toBe(true); // Wednesday
    expect(calendar.isWorkingDay('2030-01-05')).toBe(true); // make-up Saturday
    expect(calendar.isWorkingDay('2030-01-06')).toBe(false); // Sunday
    expect(calendar.isWorkingDay('2030-01-12')).toBe(false); // an ordinary Saturday
  });

  it('counts the start as day 1 only when it is a working day', () => {
    expect(calendar.nthWorkingDay('2030-01-02', 1)).toBe('2030-01-02');
    expect(calendar.nthWorkingDay('2030-01-01', 1)).toBe('2030-01-02');
    expect(calendar.nthWorkingDay('2030-01-02', 4)).toBe('2030-01-05'); // through the make-up Saturday
    expect(calendar.nthWorkingDay('2030-01-02', 5)).toBe('2030-01-07'); // over Sunday
  });

  it('finds the nth working day as a value, or names the first day it does not cover', () => {
    expect(calendar.findNthWorkingDay('2030-01-02', 5)).toEqual(right('2030-01-07'));
    expect(calendar.findNthWorkingDay('2029-12-31', 1)).toEqual(
      left({ _tag: 'CalendarNotCovered', date: '2029-12-31' }),
    );
    expect(calendar.findNthWorkingDay('2030-12-30', 10)).toEqual(
      left({ _tag: 'CalendarNotCovered', date: '2031-01-01' }),
    );
  });

  it('throws a RangeError where the value variant is a Left, naming the same day', () => {
    expect(() => calendar.isWorkingDay('2031-01-02')).toThrow(
      new RangeError('the working-day calendar does not cover 2031-01-02'),
    );
    expect(() => calendar.nthWorkingDay('2030-12-30', 10)).toThrow(
      new RangeError('the working-day calendar does not cover 2031-01-01'),
    );
  });

  it('the value and the throwing variants agree on every start day of the year, for 1 to 12 working days', () => {
    for (let day = 0; day < 365; day++) {
      const start = new Date(Date.UTC(2030, 0, 1 + day)).toISOString().slice(0, 10);
      for (let n = 1; n <= 12; n++) {
        const found = calendar.findNthWorkingDay(start, n);
        if (found._tag === 'Left') {
          expect(() => calendar.nthWorkingDay(start, n)).toThrow(RangeError);
          continue;
        }
        expect(calendar.nthWorkingDay(start, n)).toBe(found.right);
        expect(calendar.isWorkingDay(found.right)).toBe(true);
      }
    }
  });
});
