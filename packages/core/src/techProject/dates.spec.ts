import { describe, expect, it } from 'vitest';
import { addMonths } from './dates';

describe('addMonths', () => {
  it('keeps the day of the month when it exists', () => {
    expect(addMonths('2020-06-15', 3)).toBe('2020-09-15');
    expect(addMonths('2020-11-02', 3)).toBe('2021-02-02');
  });

  it('clamps to the last day of a shorter month, leap years included', () => {
    expect(addMonths('2020-11-30', 3)).toBe('2021-02-28');
    expect(addMonths('2019-11-30', 3)).toBe('2020-02-29');
    expect(addMonths('2020-05-31', 1)).toBe('2020-06-30');
  });
});
