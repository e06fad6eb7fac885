import { addDays, randomWorkingDay, workingDayFrom } from '../dates';
import { seededRandom, seedFor } from '../random';
import { countyFacts } from '../regions';
import { roster } from '../roster';
import { createSchedule, type ScheduledCommand } from '../schedule';

const FIRST_LEDGER_DAY = '2017-01-03';

/** When the bureau entered the enterprise in its ledger: early 2017, or soon after it was founded. */
const registrationDayOf = (establishedOn: string, offset: number): string =>
  workingDayFrom(
    establishedOn < FIRST_LEDGER_DAY
      ? addDays(FIRST_LEDGER_DAY, offset % 80)
      : addDays(establishedOn, 20 + (offset % 70)),
  );

/**
 * Every enterprise of the roster: registered, its 规上 status for 2019 and 2020 (the statistics
 * bureau's lists, settled each January), its tech-based SME admissions and a few tech
 * vice-president placements (科技副总, people by id only).
 */
export const enterpriseHistory = (): ScheduledCommand[] => {
  const random = seededRandom(seedFor('enterprises'));
  const schedule = createSchedule();
  const all = roster();

  all.forEach((e, i) => {
    const registeredOn = registrationDayOf(e.establishedOn, i);
    schedule.add(registeredOn, 'RegisterEnterprise', {
      uscc: e.uscc,
      name: e.name,
      regionId: e.regionId,
      industry: e.industry,
      establishedOn: e.establishedOn,
      registeredOn,
    });
  });

  for (const e of all.filter((x) => x.aboveScale2019)) {
    const day = randomWorkingDay(random, '2019-01-14', '2019-01-25');
    schedule.add(
      day,
      'RecordAboveScaleStatus',
      { uscc: e.uscc, year: 2019, aboveScaleIndustrial: true, mainRevenue: e.revenue[2018], recordedOn: day },
      '咸宁市统计局 2019年规模以上工业企业名录',
    );
  }
  for (const e of all.filter((x) => x.aboveScale2019 || x.aboveScale2020)) {
    const day = randomWorkingDay(random, '2020-01-13', '2020-01-17');
    schedule.add(
      day,
      'RecordAboveScaleStatus',
      {
        uscc: e.uscc,
        year: 2020,
        aboveScaleIndustrial: e.aboveScale2020,
        mainRevenue: e.revenue[2019],
        recordedOn: day,
      },
      '咸宁市统计局 2020年规模以上工业企业名录',
    );
  }

  const smeWindows: Record<number, [string, string]> = {
    2019: ['2019-04-15', '2019-09-27'],
    2020: ['2020-03-23', '2020-10-30'],
  };
  let serial = 0;
  for (const year of [2019, 2020]) {
    const window = smeWindows[year];
    if (window === undefined) continue;
    for (const e of all.filter((x) => x.techSmeYears.includes(year))) {
      serial++;
      const day = randomWorkingDay(random, window[0], window[1]);
      schedule.add(day, 'RecordTechSmeEvaluation', {
        uscc: e.uscc,
        year,
        score: random.int(62, 96),
        employees: e.employees,
        annualSales: e.revenue[year === 2019 ? 2018 : 2019],
        totalAssets: e.totalAssets,
        evaluatedOn: day,
        registrationNo: `${year}${countyFacts[e.regionId].code}07${String(serial).padStart(4, '0')}`,
      });
    }
  }

  const universities = ['湖北科技学院', '武汉理工大学', '华中科技大学', '湖北工业大学', '华中农业大学', '湖北科技学院'];
  const placed = all.filter((e) => e.aboveScale2020 && e.certifiedIn !== undefined).slice(0, universities.length);
  placed.forEach((e, i) => {
    const day = randomWorkingDay(random, '2020-05-11', '2020-06-24');
    schedule.add(
      day,
      'PlaceTechVicePresident',
      {
        uscc: e.uscc,
        placementId: `tvp-2020-${i + 1}`,
        personId: `person-tvp-2020-${String(i + 1).padStart(2, '0')}`,
        fromOrganisation: universities[i],
        startsOn: day,
      },
      '咸宁市“科技副总”计划',
    );
  });

  return [...schedule.commands];
};
