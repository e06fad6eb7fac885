import {
  chinaOfficialCalendarData,
  type DomainConfig,
  defaultDomainConfig,
  type WorkingDayCalendar,
  workingDayCalendar,
} from '@innoledger/core';

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= Date.parse(`${to}T00:00:00Z`); ms += 86_400_000)
    out.push(new Date(ms).toISOString().slice(0, 10));
  return out;
};

/**
 * The State Council's holiday notices for 2017 (国办发明电〔2016〕17号) and 2018 (国办发明电〔2017〕12号).
 * The core calendar starts in 2019, but certificates in force in 2020 were issued from 2017 on, and
 * their public notices (公示, 10 working days) must be counted on the calendar of their year.
 */
const earlierYears = {
  years: [2017, 2018],
  holidays: [
    ...range('2017-01-01', '2017-01-02'),
    ...range('2017-01-27', '2017-02-02'),
    ...range('2017-04-02', '2017-04-04'),
    ...range('2017-04-29', '2017-05-01'),
    ...range('2017-05-28', '2017-05-30'),
    ...range('2017-10-01', '2017-10-08'),
    ...range('2018-01-01', '2018-01-01'),
    ...range('2018-02-15', '2018-02-21'),
    ...range('2018-04-05', '2018-04-07'),
    ...range('2018-04-29', '2018-05-01'),
    ...range('2018-06-16', '2018-06-18'),
    ...range('2018-09-22', '2018-09-24'),
    ...range('2018-10-01', '2018-10-07'),
    ...range('2018-12-30', '2018-12-31'),
  ],
  makeUpWorkdays: [
    '2017-01-22',
    '2017-02-04',
    '2017-04-01',
    '2017-05-27',
    '2017-09-30',
    '2018-02-11',
    '2018-02-24',
    '2018-04-08',
    '2018-04-28',
    '2018-09-29',
    '2018-09-30',
    '2018-12-29',
  ],
};

/** The official working-day calendar from 2017 to 2021. */
export const xianningCalendar: WorkingDayCalendar = workingDayCalendar({
  years: [...earlierYears.years, ...chinaOfficialCalendarData.years],
  holidays: [...earlierYears.holidays, ...chinaOfficialCalendarData.holidays],
  makeUpWorkdays: [...earlierYears.makeUpWorkdays, ...chinaOfficialCalendarData.makeUpWorkdays],
});

/** Xianning's regions with the calendar the history needs: what the example's command bus decides with. */
export const xianningDomainConfig: DomainConfig = { ...defaultDomainConfig, calendar: xianningCalendar };
