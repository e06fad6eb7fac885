import { describe, expect, it } from 'vitest';
import { chinaOfficialCalendar as calendar, chinaOfficialCalendarData as data } from './chinaOfficial';

const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('chinaOfficialCalendar', () => {
  it('covers 2017 to 2021 and refuses the years around them', () => {
    for (const date of ['2017-01-01', '2018-06-15', '2019-12-31', '2020-02-29', '2021-12-31'])
      expect(calendar.covers(date), date).toBe(true);
    for (const date of ['2016-12-31', '2022-01-01']) {
      expect(calendar.covers(date), date).toBe(false);
      expect(() => calendar.isWorkingDay(date)).toThrow(RangeError);
    }
  });

  it('takes every listed holiday off and works every listed make-up day', () => {
    for (const day of data.holidays) expect(calendar.isWorkingDay(day), day).toBe(false);
    for (const day of data.makeUpWorkdays) expect(calendar.isWorkingDay(day), day).toBe(true);
  });

  it('lists only weekend days as make-up workdays, none of them a holiday', () => {
    for (const day of data.makeUpWorkdays) {
      expect([0, 6], day).toContain(weekday(day));
      expect(data.holidays, day).not.toContain(day);
    }
  });

  it('lists each holiday and make-up day once, inside the years it covers (or the New Year break before)', () => {
    expect(new Set(data.holidays).size).toBe(data.holidays.length);
    expect(new Set(data.makeUpWorkdays).size).toBe(data.makeUpWorkdays.length);
    for (const day of [...data.holidays, ...data.makeUpWorkdays]) expect(calendar.covers(day), day).toBe(true);
  });

  it('follows the 2017 and 2018 notices (国办发明电〔2016〕17号, 〔2017〕12号)', () => {
    expect(calendar.isWorkingDay('2017-01-02')).toBe(false); // 元旦补休, a Monday
    expect(calendar.isWorkingDay('2017-01-22')).toBe(true); // a Sunday before 春节
    expect(calendar.isWorkingDay('2017-10-02')).toBe(false); // 国庆
    expect(calendar.isWorkingDay('2017-09-30')).toBe(true); // a Saturday made a workday
    expect(calendar.isWorkingDay('2017-10-09')).toBe(true); // back at work after 8 days off
    expect(calendar.isWorkingDay('2018-02-16')).toBe(false); // 春节
    expect(calendar.isWorkingDay('2018-04-08')).toBe(true); // a Sunday after 清明
    expect(calendar.isWorkingDay('2018-12-29')).toBe(true); // 元旦调休 of the 2019 notice
    expect(calendar.isWorkingDay('2018-12-31')).toBe(false);
  });

  it('follows the 2019 to 2021 notices, the 2019 劳动节 and the 2020 Spring Festival extensions included', () => {
    expect(calendar.isWorkingDay('2019-05-03')).toBe(false); // 国办发明电〔2019〕2号
    expect(calendar.isWorkingDay('2019-05-05')).toBe(true);
    expect(calendar.isWorkingDay('2020-01-31')).toBe(false); // 国办发明电〔2020〕1号
    expect(calendar.isWorkingDay('2020-02-03')).toBe(true);
    expect(calendar.isWorkingDay('2020-10-10')).toBe(true); // a Saturday after 国庆·中秋
    expect(calendar.isWorkingDay('2021-02-20')).toBe(true);
    expect(calendar.isWorkingDay('2021-10-07')).toBe(false);
  });

  it('counts a 10-working-day public notice across weekends and holidays', () => {
    expect(calendar.nthWorkingDay('2017-10-17', 10)).toBe('2017-10-30'); // two weekends
    expect(calendar.nthWorkingDay('2017-09-25', 10)).toBe('2017-10-12'); // 国庆 and the make-up Saturday
    expect(calendar.nthWorkingDay('2020-09-28', 10)).toBe('2020-10-16'); // 国庆·中秋 2020
    expect(calendar.nthWorkingDay('2018-12-24', 10)).toBe('2019-01-07'); // across the year end
  });
});
