import { daysFromTo } from '../shared/dates';
import { type WorkingDayCalendarData, workingDayCalendar } from './workingDayCalendar';

/**
 * The State Council's holiday notices (国务院办公厅关于…年部分节假日安排的通知) for
 * 2017 (国办发明电〔2016〕17号), 2018 (国办发明电〔2017〕12号),
 * 2019 (国办发明电〔2018〕15号, 劳动节 extended to 4 days by 国办发明电〔2019〕2号),
 * 2020 (国办发明电〔2019〕16号, Spring Festival extended to 2 February by 国办发明电〔2020〕1号) and
 * 2021 (国办发明电〔2020〕27号).
 *
 * Each notice also sets the New Year break that starts in the year before: 30–31 December 2018
 * and the make-up Saturday 29 December 2018 come from the 2019 notice. History reaches back to
 * 2017 because high-tech certificates in force in 2020 were issued from 2017 on, and their public
 * notices (公示, 10 working days) are counted on the calendar of their own year.
 */
export const chinaOfficialCalendarData: WorkingDayCalendarData = {
  years: [2017, 2018, 2019, 2020, 2021],
  holidays: [
    // 2017
    ...daysFromTo('2017-01-01', '2017-01-02'),
    ...daysFromTo('2017-01-27', '2017-02-02'),
    ...daysFromTo('2017-04-02', '2017-04-04'),
    ...daysFromTo('2017-04-29', '2017-05-01'),
    ...daysFromTo('2017-05-28', '2017-05-30'),
    ...daysFromTo('2017-10-01', '2017-10-08'),
    // 2018
    ...daysFromTo('2018-01-01', '2018-01-01'),
    ...daysFromTo('2018-02-15', '2018-02-21'),
    ...daysFromTo('2018-04-05', '2018-04-07'),
    ...daysFromTo('2018-04-29', '2018-05-01'),
    ...daysFromTo('2018-06-16', '2018-06-18'),
    ...daysFromTo('2018-09-22', '2018-09-24'),
    ...daysFromTo('2018-10-01', '2018-10-07'),
    ...daysFromTo('2018-12-30', '2018-12-31'),
    // 2019
    ...daysFromTo('2019-01-01', '2019-01-01'),
    ...daysFromTo('2019-02-04', '2019-02-10'),
    ...daysFromTo('2019-04-05', '2019-04-07'),
    ...daysFromTo('2019-05-01', '2019-05-04'),
    ...daysFromTo('2019-06-07', '2019-06-09'),
    ...daysFromTo('2019-09-13', '2019-09-15'),
    ...daysFromTo('2019-10-01', '2019-10-07'),
    // 2020
    ...daysFromTo('2020-01-01', '2020-01-01'),
    ...daysFromTo('2020-01-24', '2020-02-02'),
    ...daysFromTo('2020-04-04', '2020-04-06'),
    ...daysFromTo('2020-05-01', '2020-05-05'),
    ...daysFromTo('2020-06-25', '2020-06-27'),
    ...daysFromTo('2020-10-01', '2020-10-08'),
    // 2021
    ...daysFromTo('2021-01-01', '2021-01-03'),
    ...daysFromTo('2021-02-11', '2021-02-17'),
    ...daysFromTo('2021-04-03', '2021-04-05'),
    ...daysFromTo('2021-05-01', '2021-05-05'),
    ...daysFromTo('2021-06-12', '2021-06-14'),
    ...daysFromTo('2021-09-19', '2021-09-21'),
    ...daysFromTo('2021-10-01', '2021-10-07'),
  ],
  makeUpWorkdays: [
    // 2017
    '2017-01-22',
    '2017-02-04',
    '2017-04-01',
    '2017-05-27',
    '2017-09-30',
    // 2018
    '2018-02-11',
    '2018-02-24',
    '2018-04-08',
    '2018-04-28',
    '2018-09-29',
    '2018-09-30',
    '2018-12-29',
    // 2019
    '2019-02-02',
    '2019-02-03',
    '2019-04-28',
    '2019-05-05',
    '2019-09-29',
    '2019-10-12',
    // 2020
    '2020-01-19',
    '2020-04-26',
    '2020-05-09',
    '2020-06-28',
    '2020-09-27',
    '2020-10-10',
    // 2021
    '2021-02-07',
    '2021-02-20',
    '2021-04-25',
    '2021-05-08',
    '2021-09-18',
    '2021-09-26',
    '2021-10-09',
  ],
};

/** The official working-day calendar for 2017–2021: Xianning's default (`defaultDomainConfig`). */
export const chinaOfficialCalendar = workingDayCalendar(chinaOfficialCalendarData);
