import { describe, expect, it } from 'vitest';
import { SimulatedClock } from './clock';

describe('SimulatedClock', () => {
  it('stands still until told, then moves forwards or backwards', () => {
    const clock = new SimulatedClock('2020-01-01T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2020-01-01T00:00:00.000Z');
    clock.advance(1500);
    expect(clock.now().toISOString()).toBe('2020-01-01T00:00:01.500Z');
    clock.set('2019-06-01T08:00:00+08:00');
    expect(clock.now().toISOString()).toBe('2019-06-01T00:00:00.000Z');
  });

  it('hands out copies: mutating a returned Date does not move the clock', () => {
    const clock = new SimulatedClock(new Date('2020-01-01T00:00:00Z'));
    clock.now().setUTCFullYear(1999);
    expect(clock.now().toISOString()).toBe('2020-01-01T00:00:00.000Z');
  });

  it('refuses an invalid instant', () => {
    expect(() => new SimulatedClock('not a time')).toThrow(RangeError);
    expect(() => new SimulatedClock('2020-01-01T00:00:00Z').set('never')).toThrow(RangeError);
  });
});
