import { describe, expect, it } from 'vitest';
import { createSchedule, onDay } from './schedule';

describe('onDay', () => {
  it('is 09:00 China Standard Time on the business day, plus seq seconds', () => {
    expect(onDay('2020-06-30')).toBe('2020-06-30T01:00:00.000Z');
    expect(onDay('2020-06-30', 61)).toBe('2020-06-30T01:01:01.000Z');
  });

  it('refuses a seq that would spill into the next day, and a date that is not one', () => {
    expect(() => onDay('2020-06-30', 12 * 3600)).toThrow(RangeError);
    expect(() => onDay('2020-06-30', -1)).toThrow(RangeError);
    expect(() => onDay('2020-13-01')).toThrow(RangeError);
  });
});

describe('createSchedule', () => {
  it('keeps the order of commands added on the same day, whatever other days come between', () => {
    const schedule = createSchedule();
    schedule.add('2020-03-02', 'A', {});
    schedule.add('2020-03-01', 'B', {}, 'doc');
    schedule.add('2020-03-02', 'C', {});
    expect(schedule.commands).toEqual([
      { recordAt: '2020-03-02T01:00:00.000Z', command: { type: 'A', data: {} } },
      { recordAt: '2020-03-01T01:00:00.000Z', command: { type: 'B', data: {} }, source: 'doc' },
      { recordAt: '2020-03-02T01:00:01.000Z', command: { type: 'C', data: {} } },
    ]);
  });
});
