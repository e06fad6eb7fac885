import { describe, expect, it } from 'vitest';
import { parsePeriod, previousYearOf, timeProgressOf } from './period';

const ok = (input: string) => {
  const parsed = parsePeriod(input);
  if (parsed._tag === 'Left') throw new Error(parsed.left.message);
  return parsed.right;
};

describe('parsePeriod', () => {
  it.each([
    ['2020', '2020-01-01', '2020-12-31'],
    ['2020-H1', '2020-01-01', '2020-06-30'],
    ['2020-H2', '2020-07-01', '2020-12-31'],
    ['2020-Q1', '2020-01-01', '2020-03-31'],
    ['2020-Q4', '2020-10-01', '2020-12-31'],
    ['2020-02', '2020-02-01', '2020-02-29'],
    ['2019-02', '2019-02-01', '2019-02-28'],
    ['2020-01-01..2020-04-10', '2020-01-01', '2020-04-10'],
  ])('%s is %s..%s', (input, start, end) => {
    expect(ok(input)).toEqual({ label: input, start, end });
  });

  it.each([
    ['2020-H3', 'expected 2020'],
    ['2020-13', 'month 13 does not exist'],
    ['2020-04-10..2020-01-01', 'starts (2020-04-10) after it ends'],
    ['2020-02-30..2020-03-01', 'calendar dates'],
    ['last year', 'expected 2020'],
  ])('refuses %s', (input, message) => {
    const parsed = parsePeriod(input);
    expect(parsed._tag).toBe('Left');
    if (parsed._tag === 'Left') {
      expect(parsed.left).toMatchObject({ _tag: 'InvalidPeriod', input });
      expect(parsed.left.message).toContain(message);
    }
  });
});

describe('timeProgressOf', () => {
  it('2020-H1 is 182 of 366 days (a leap year)', () => {
    expect(timeProgressOf(ok('2020-H1'))).toEqual({ elapsed: 182, daysInYear: 366 });
  });
  it('2019-H1 is 181 of 365 days', () => {
    expect(timeProgressOf(ok('2019-H1'))).toEqual({ elapsed: 181, daysInYear: 365 });
  });
  it('a date range counts to its last day', () => {
    expect(timeProgressOf(ok('2020-01-01..2020-04-10'))).toEqual({ elapsed: 101, daysInYear: 366 });
  });
  it('a full year is complete', () => {
    expect(timeProgressOf(ok('2021'))).toEqual({ elapsed: 365, daysInYear: 365 });
  });
});

describe('previousYearOf', () => {
  it('shifts both ends by a year', () => {
    expect(previousYearOf(ok('2020-Q1'))).toMatchObject({ start: '2019-01-01', end: '2019-03-31' });
  });
  it('29 February becomes 28 February', () => {
    expect(previousYearOf(ok('2020-02'))).toMatchObject({ start: '2019-02-01', end: '2019-02-28' });
  });
});
