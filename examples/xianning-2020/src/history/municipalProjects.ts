import { addDays, randomWorkingDay } from '../dates';
import { programmes } from '../programmes';
import { seededRandom, seedFor } from '../random';
import { roster } from '../roster';
import { createSchedule, type Schedule, type ScheduledCommand } from '../schedule';
import { projectTitle } from '../titles';

const WAN = 1_000_000; // 1万元 in fen
const programme = programmes.xianningMunicipal;
const INSTITUTIONS = [
  { name: '湖北科技学院', regionId: 'xianan', title: '桂花精油提取与综合利用技术研究' },
  { name: '咸宁市农业科学院', regionId: 'xianan', title: '鄂南丘陵茶园绿色高效栽培技术示范' },
  { name: '咸宁职业技术学院', regionId: 'xianan', title: '智能制造实训平台关键技术开发' },
] as const;

/** Grants of the 2017–2018 municipal plans: mostly within 20万元, a few larger key projects. */
const grantOf = (i: number): number =>
  (i % 13 === 4 ? ([30, 40, 50][i % 3] ?? 30) : ([5, 8, 10, 10, 12, 15, 15, 20][i % 8] ?? 10)) * WAN;

interface Cohort {
  readonly year: 2017 | 2018;
  readonly count: number;
  readonly submit: readonly [string, string];
  readonly approvedOn: string;
  readonly disburse: readonly [string, string];
}

const cohorts: readonly Cohort[] = [
  {
    year: 2017,
    count: 40,
    submit: ['2017-03-06', '2017-04-14'],
    approvedOn: '2017-06-23',
    disburse: ['2017-07-10', '2017-08-31'],
  },
  {
    year: 2018,
    count: 38,
    submit: ['2018-03-05', '2018-04-13'],
    approvedOn: '2018-06-22',
    disburse: ['2018-07-09', '2018-08-31'],
  },
];

/**
 * The 78 municipal projects approved in 2017 and 2018, each through its whole life: proposal,
 * approval, the grant paid, a mid-term check for the larger ones, and in the first half of 2020
 * an acceptance review that every one passed (共验收科技计划项目78项…全部通过验收).
 */
const acceptedCohorts = (schedule: Schedule): void => {
  const random = seededRandom(seedFor('municipal-2017-2018'));
  const applicants = random.shuffle(roster().filter((e) => e.establishedOn < '2016-01-01' && e.aboveScale2019));
  let n = 0;
  for (const cohort of cohorts) {
    for (let i = 0; i < cohort.count; i++, n++) {
      const projectId = `xn-municipal-${cohort.year}-${String(i + 1).padStart(3, '0')}`;
      const institution = i < INSTITUTIONS.length ? INSTITUTIONS[i] : undefined;
      const e = applicants[n];
      if (e === undefined) throw new Error('municipal projects: ran out of applicants');
      const profile = institution
        ? {
            title: institution.title,
            applicant: { kind: 'institution', name: institution.name },
            regionId: institution.regionId,
          }
        : {
            title: projectTitle(random, e.industry),
            applicant: { kind: 'enterprise', uscc: e.uscc },
            regionId: e.regionId,
          };
      const grant = grantOf(n);
      const submittedOn = randomWorkingDay(random, ...cohort.submit);
      schedule.add(submittedOn, 'SubmitProposal', {
        projectId,
        ...profile,
        programme,
        requestedAmount: grant + 5 * WAN,
        submittedOn,
      });
      schedule.add(
        cohort.approvedOn,
        'ApproveProject',
        { projectId, grant, approvedOn: cohort.approvedOn },
        `咸宁市${cohort.year}年度市级科技计划项目立项通知`,
      );
      const paidOn = randomWorkingDay(random, ...cohort.disburse);
      schedule.add(paidOn, 'DisburseFunds', { projectId, trancheNo: 1, amount: grant, disbursedOn: paidOn });
      if (grant > 20 * WAN) {
        const checkedOn = randomWorkingDay(random, `${cohort.year + 1}-05-06`, `${cohort.year + 1}-06-28`);
        schedule.add(checkedOn, 'RecordMidtermCheck', { projectId, checkedOn, result: 'satisfactory' });
      }
      const requestedOn = randomWorkingDay(random, '2020-03-23', '2020-05-15');
      schedule.add(requestedOn, 'RequestAcceptance', { projectId, requestedOn });
      const decidedOn = randomWorkingDay(random, addDays(requestedOn, 21), '2020-06-24');
      schedule.add(
        decidedOn,
        'RecordAcceptance',
        { projectId, outcome: 'passed', decidedOn },
        '咸宁市科技局 科技计划项目验收意见',
      );
    }
  }
};

/**
 * The 2020 municipal plan, under the new management rules: 20 proposals in July, 16 approved in
 * September (those within 20万元 managed by targets, without mid-term checks), and one mid-term
 * check of a larger project in December.
 */
const plan2020 = (schedule: Schedule): void => {
  const random = seededRandom(seedFor('municipal-2020'));
  const applicants = random.shuffle(
    roster().filter((e) => e.certifiedIn !== undefined || e.techSmeYears.includes(2020)),
  );
  for (let i = 0; i < 20; i++) {
    const e = applicants[i];
    if (e === undefined) throw new Error('municipal projects: ran out of applicants');
    const projectId = `xn-municipal-2020-${String(i + 1).padStart(3, '0')}`;
    const grant = (i === 0 ? 50 : i === 1 ? 40 : ([10, 15, 20, 20, 10, 15][i % 6] ?? 10)) * WAN;
    const submittedOn = randomWorkingDay(random, '2020-07-06', '2020-07-24');
    schedule.add(submittedOn, 'SubmitProposal', {
      projectId,
      title: projectTitle(random, e.industry),
      programme,
      applicant: { kind: 'enterprise', uscc: e.uscc },
      regionId: e.regionId,
      requestedAmount: grant + 10 * WAN,
      submittedOn,
    });
    if (i >= 16) {
      schedule.add('2020-09-25', 'RejectProposal', { projectId, reason: '专家评审未入选', rejectedOn: '2020-09-25' });
      continue;
    }
    schedule.add(
      '2020-09-25',
      'ApproveProject',
      { projectId, grant, approvedOn: '2020-09-25' },
      '咸宁市2020年度市级科技计划项目立项通知',
    );
    const paidOn = randomWorkingDay(random, '2020-10-12', '2020-10-30');
    schedule.add(paidOn, 'DisburseFunds', {
      projectId,
      trancheNo: 1,
      amount: Math.round(grant * 0.7),
      disbursedOn: paidOn,
    });
    if (grant > 20 * WAN)
      schedule.add('2020-12-16', 'RecordMidtermCheck', { projectId, checkedOn: '2020-12-16', result: 'satisfactory' });
  }
};

export const municipalProjectHistory = (): ScheduledCommand[] => {
  const schedule = createSchedule();
  acceptedCohorts(schedule);
  plan2020(schedule);
  return [...schedule.commands];
};
