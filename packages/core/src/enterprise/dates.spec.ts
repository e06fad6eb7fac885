import { describe, expect, it } from 'vitest';
import { addMonths, addYears, lastDayOfYears } from './dates';

describe('business-date arithmetic', () => {
  it('ends a 3-year validity the day before the third anniversary', () => {
    expect(lastDayOfYears('2020-12-01', 3)).toBe('2023-11-30');
    expect(lastDayOfYears('2020-01-01', 3)).toBe('2022-12-31');
  });

  it('runs a validity starting on 29 February through 28 February', () => {
    expect(lastDayOfYears('2020-02-29', 3)).toBe('2023-02-28');
  });

  it('clamps a month deadline to the end of a shorter month', () => {
    expect(addMonths('2021-11-30', 3)).toBe('2022-02-28');
    expect(addMonths('2019-11-30', 3)).toBe('2020-02-29');
    expect(addMonths('2020-10-31', 3)).toBe('2021-01-31');
  });

  it('adds years, 29 February becoming 28 February', () => {
    expect(addYears('2015-03-10', 1)).toBe('2016-03-10');
    expect(addYears('2020-02-29', 1)).toBe('2021-02-28');
  });
});
