import { randomWorkingDay } from '../dates';
import { platform, rdInstitutions, rural } from '../platformPlan';
import { seededRandom, seedFor } from '../random';
import { roster } from '../roster';
import { createSchedule, type ScheduledCommand } from '../schedule';
import { GRADED_PLATFORMS, institutionPlatforms, namedPlatforms, RENT_RELIEF_PLATFORMS } from './namedPlatforms';

/**
 * Innovation platforms. Before 2020: the provincial industrial technology research institute
 * (湖北香城智能机电产业技术研究院), 66 enterprise R&D institutions, maker spaces, incubators and an
 * agricultural park. In the first half of 2020: maker spaces filed 1 national and 2 provincial,
 * 4 provincial star innovation bases (咸安区盛通白水畈星创天地…) and 12 municipal ones under the new
 * city rules, 48 municipal agricultural demonstration bases, and 25 new-type R&D institutions
 * (22 hosted by 规上 enterprises); 37 more of them in the second half, so 62 in the year.
 */
export const platformHistory = (): ScheduledCommand[] => {
  const random = seededRandom(seedFor('platforms'));
  const schedule = createSchedule();
  const all = roster();
  const hosts = (when: 'before-2020' | '2020-H1' | '2020-H2') => all.filter((e) => e.rdHost === when);
  const plans = [
    ...namedPlatforms,
    ...institutionPlatforms,
    ...rdInstitutions(random, hosts('before-2020'), '2017-04-10', '2019-11-29', 'pre'),
    ...rdInstitutions(random, hosts('2020-H1'), '2020-04-07', '2020-06-29', '2020a'),
    ...rdInstitutions(random, hosts('2020-H2'), '2020-07-06', '2020-12-18', '2020b'),
    ...rural(random, 'star-innovation-base', 12, ['2020-05-06', '2020-06-24'], 'star-2020', '星创天地'),
    ...rural(
      random,
      'agricultural-demonstration-base',
      48,
      ['2020-05-11', '2020-06-29'],
      'agri-2020',
      '农业科技示范基地',
    ),
    ...rural(random, 'star-innovation-base', 6, ['2020-09-07', '2020-11-27'], 'star-2020b', '星创天地'),
    ...rural(
      random,
      'agricultural-demonstration-base',
      12,
      ['2020-10-12', '2020-11-30'],
      'agri-2020b',
      '农业科技示范基地',
    ),
  ];
  for (const p of plans) platform(schedule, p);

  // 减免或缓征租金: incubators and maker spaces relieve their incubatees for February to April 2020.
  const small = all.filter((e) => !e.aboveScale2020 && e.certifiedIn === undefined);
  small.slice(0, 12).forEach((e, i) => {
    const day = randomWorkingDay(random, '2020-02-10', '2020-03-06');
    schedule.add(day, 'GrantRentRelief', {
      platformId: RENT_RELIEF_PLATFORMS[i % RENT_RELIEF_PLATFORMS.length],
      incubateeUscc: e.uscc,
      amount: random.int(8, 45) * 100_000,
      from: '2020-02-01',
      to: '2020-04-30',
    });
  });

  // Annual evaluation of the incubators and maker spaces for 2019; a municipal maker space
  // that stopped operating withdraws in September.
  for (const platformId of GRADED_PLATFORMS)
    schedule.add('2020-04-28', 'RecordAnnualGrade', {
      platformId,
      year: 2019,
      grade: platformId === 'xn-maker-jiayu' ? 'C' : random.pick(['A', 'B', 'B']),
      gradedOn: '2020-04-28',
    });
  schedule.add('2020-09-18', 'RevokePlatform', {
    platformId: 'xn-maker-jiayu',
    reason: 'voluntary',
    revokedOn: '2020-09-18',
  });
  return [...schedule.commands];
};
