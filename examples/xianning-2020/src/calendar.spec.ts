import { chinaOfficialCalendar } from '@innoledger/core';
import { describe, expect, it } from 'vitest';
import { xianningCalendar } from './calendar';

describe('xianningCalendar', () => {
  it('adds 2017 and 2018 to the official calendar, with their holidays and make-up workdays', () => {
    expect(chinaOfficialCalendar.covers('2017-10-17')).toBe(false);
    expect(xianningCalendar.isWorkingDay('2017-10-02')).toBe(false); // 国庆
    expect(xianningCalendar.isWorkingDay('2017-09-30')).toBe(true); // a Saturday made a workday
    expect(xianningCalendar.isWorkingDay('2018-02-16')).toBe(false); // 春节
    expect(xianningCalendar.isWorkingDay('2018-12-29')).toBe(true); // 元旦调休
  });

  it('counts a 10-working-day public notice across a weekend', () => {
    expect(xianningCalendar.nthWorkingDay('2017-10-17', 10)).toBe('2017-10-30');
  });

  it('agrees with the official calendar from 2019 on', () => {
    for (const day of ['2019-10-01', '2020-01-24', '2020-04-26', '2021-02-11'])
      expect(xianningCalendar.isWorkingDay(day)).toBe(chinaOfficialCalendar.isWorkingDay(day));
  });
});
