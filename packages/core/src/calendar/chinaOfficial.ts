import { type WorkingDayCalendarData, workingDayCalendar } from './workingDayCalendar';

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= Date.parse(`${to}T00:00:00Z`); ms += 86_400_000) {
    out.push(new Date(ms).toISOString().slice(0, 10));
  }
  return out;
};

/**
 * The State Council's holiday notices for 2019 (国办发明电〔2018〕15号, amended 2019 for 劳动节),
 * 2020 (国办发明电〔2019〕16号, Spring Festival extended to 2 February by 国办发明电〔2020〕1号) and
 * 2021 (国办发明电〔2020〕27号).
 */
export const chinaOfficialCalendarData: WorkingDayCalendarData = {
  years: [2019, 2020, 2021],
  holidays: [
    ...range('2019-01-01', '2019-01-01'),
    ...range('2019-02-04', '2019-02-10'),
    ...range('2019-04-05', '2019-04-07'),
    ...range('2019-05-01', '2019-05-04'),
    ...range('2019-06-07', '2019-06-09'),
    ...range('2019-09-13', '2019-09-15'),
    ...range('2019-10-01', '2019-10-07'),
    ...range('2020-01-01', '2020-01-01'),
    ...range('2020-01-24', '2020-02-02'),
    ...range('2020-04-04', '2020-04-06'),
    ...range('2020-05-01', '2020-05-05'),
    ...range('2020-06-25', '2020-06-27'),
    ...range('2020-10-01', '2020-10-08'),
    ...range('2021-01-01', '2021-01-03'),
    ...range('2021-02-11', '2021-02-17'),
    ...range('2021-04-03', '2021-04-05'),
    ...range('2021-05-01', '2021-05-05'),
    ...range('2021-06-12', '2021-06-14'),
    ...range('2021-09-19', '2021-09-21'),
    ...range('2021-10-01', '2021-10-07'),
  ],
  makeUpWorkdays: [
    '2019-02-02',
    '2019-02-03',
    '2019-04-28',
    '2019-05-05',
    '2019-09-29',
    '2019-10-12',
    '2020-01-19',
    '2020-04-26',
    '2020-05-09',
    '2020-06-28',
    '2020-09-27',
    '2020-10-10',
    '2021-02-07',
    '2021-02-20',
    '2021-04-25',
    '2021-05-08',
    '2021-09-18',
    '2021-09-26',
    '2021-10-09',
  ],
};

export const chinaOfficialCalendar = workingDayCalendar(chinaOfficialCalendarData);
