import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysFromTo, lastDayOfYears, yearOf } from './dates';

describe('business-date arithmetic', () => {
  it('adds and subtracts days across month, year and leap-day boundaries', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(addDays('2020-03-12', 30)).toBe('2020-04-11');
  });

  it('ends a 3-year validity the day before the third anniversary', () => {
    expect(lastDayOfYears('2020-12-01', 3)).toBe('2023-11-30');
    expect(lastDayOfYears('2020-01-01', 3)).toBe('2022-12-31');
  });

  it('runs a validity starting on 29 February through 28 February', () => {
    expect(lastDayOfYears('2020-02-29', 3)).toBe('2023-02-28');
  });

  it('keeps the day of the month when it exists', () => {
    expect(addMonths('2020-06-15', 3)).toBe('2020-09-15');
    expect(addMonths('2020-11-02', 3)).toBe('2021-02-02');
    expect(addMonths('2020-03-15', -3)).toBe('2019-12-15');
  });

  it('clamps a month deadline to the end of a shorter month, leap years included', () => {
    expect(addMonths('2021-11-30', 3)).toBe('2022-02-28');
    expect(addMonths('2019-11-30', 3)).toBe('2020-02-29');
    expect(addMonths('2020-10-31', 3)).toBe('2021-01-31');
    expect(addMonths('2020-05-31', 1)).toBe('2020-06-30');
  });

  it('adds years, 29 February becoming 28 February', () => {
    expect(addYears('2015-03-10', 1)).toBe('2016-03-10');
    expect(addYears('2020-02-29', 1)).toBe('2021-02-28');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
  });

  it('reads the year and lists the days of a range, both ends included', () => {
    expect(yearOf('2017-10-01')).toBe(2017);
    expect(daysFromTo('2020-02-28', '2020-03-01')).toEqual(['2020-02-28', '2020-02-29', '2020-03-01']);
    expect(daysFromTo('2020-01-01', '2020-01-01')).toEqual(['2020-01-01']);
    expect(daysFromTo('2020-01-02', '2020-01-01')).toEqual([]);
  });
});
