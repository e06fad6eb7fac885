import { randomWorkingDay } from '../dates';
import { seededRandom, seedFor } from '../random';
import { type RosterEnterprise, roster } from '../roster';
import { createSchedule, type Schedule, type ScheduledCommand } from '../schedule';

/** One certification batch of a year: when its cases are reviewed, noticed (公示) and certified. */
interface Batch {
  readonly submitFrom: string;
  readonly submitTo: string;
  readonly reviewedOn: string;
  readonly noticeStartsOn: string;
  readonly issuedOn: string;
}

const batches: Record<number, readonly [Batch, Batch]> = {
  2017: [
    {
      submitFrom: '2017-05-08',
      submitTo: '2017-07-14',
      reviewedOn: '2017-09-12',
      noticeStartsOn: '2017-10-17',
      issuedOn: '2017-11-28',
    },
    {
      submitFrom: '2017-07-17',
      submitTo: '2017-08-31',
      reviewedOn: '2017-10-20',
      noticeStartsOn: '2017-11-10',
      issuedOn: '2017-12-07',
    },
  ],
  2018: [
    {
      submitFrom: '2018-05-07',
      submitTo: '2018-07-13',
      reviewedOn: '2018-09-14',
      noticeStartsOn: '2018-10-16',
      issuedOn: '2018-11-15',
    },
    {
      submitFrom: '2018-07-16',
      submitTo: '2018-08-31',
      reviewedOn: '2018-10-26',
      noticeStartsOn: '2018-11-12',
      issuedOn: '2018-11-30',
    },
  ],
  2019: [
    {
      submitFrom: '2019-05-06',
      submitTo: '2019-07-12',
      reviewedOn: '2019-09-10',
      noticeStartsOn: '2019-10-15',
      issuedOn: '2019-11-15',
    },
    {
      submitFrom: '2019-07-15',
      submitTo: '2019-08-30',
      reviewedOn: '2019-10-25',
      noticeStartsOn: '2019-11-11',
      issuedOn: '2019-12-02',
    },
  ],
  // 2020: the first batch takes the applications of the first half year (delayed by the epidemic).
  2020: [
    {
      submitFrom: '2020-04-20',
      submitTo: '2020-06-30',
      reviewedOn: '2020-09-08',
      noticeStartsOn: '2020-10-13',
      issuedOn: '2020-11-30',
    },
    {
      submitFrom: '2020-07-01',
      submitTo: '2020-08-31',
      reviewedOn: '2020-10-20',
      noticeStartsOn: '2020-11-16',
      issuedOn: '2020-12-11',
    },
  ],
};

const SOURCE = '湖北省高新技术企业认定管理工作领导小组办公室 认定公示与备案公告';

/** One certification case (申报 → 专家评审 → 公示 → 发证), or a rejection at review. */
const certificationCase = (
  schedule: Schedule,
  e: RosterEnterprise,
  batch: Batch,
  caseNo: { year: number; serial: number; passes: boolean; submittedOn: string },
): void => {
  const applicationId = `hte-${caseNo.year}-${String(caseNo.serial).padStart(3, '0')}`;
  const { uscc } = e;
  schedule.add(caseNo.submittedOn, 'SubmitHighTechApplication', {
    uscc,
    applicationId,
    submittedOn: caseNo.submittedOn,
  });
  const score = caseNo.passes ? 72 + (caseNo.serial % 20) : 58 + (caseNo.serial % 12);
  schedule.add(
    batch.reviewedOn,
    'RecordExpertReview',
    { uscc, applicationId, score, reviewedOn: batch.reviewedOn },
    SOURCE,
  );
  if (!caseNo.passes) return;
  schedule.add(
    batch.noticeStartsOn,
    'StartPublicNotice',
    { uscc, applicationId, startsOn: batch.noticeStartsOn },
    SOURCE,
  );
  schedule.add(
    batch.issuedOn,
    'CertifyHighTechEnterprise',
    {
      uscc,
      applicationId,
      certificateNo: `GR${caseNo.year}42${String(1000 + caseNo.serial).padStart(6, '0')}`,
      issuedOn: batch.issuedOn,
    },
    SOURCE,
  );
};

/**
 * High-tech enterprise (高企) certification: the 190 certificates in force at the end of 2019
 * (issued 2017–2019, so the 2017 ones expire in late 2020) and the 2020 round — 125 applications,
 * 80 of them in the first half year, 97 certified in November and December.
 */
export const highTechHistory = (): ScheduledCommand[] => {
  const random = seededRandom(seedFor('high-tech'));
  const schedule = createSchedule();
  const all = roster();
  for (const year of [2017, 2018, 2019] as const) {
    const [first, second] = batches[year] ?? [];
    if (first === undefined || second === undefined) continue;
    all
      .filter((e) => e.certifiedIn === year)
      .forEach((e, i) => {
        const batch = random.chance(0.6) ? first : second;
        const submittedOn = randomWorkingDay(random, batch.submitFrom, batch.submitTo);
        certificationCase(schedule, e, batch, { year, serial: i + 1, passes: true, submittedOn });
      });
  }
  const [first2020, second2020] = batches[2020] ?? [];
  if (first2020 === undefined || second2020 === undefined) return [];
  all
    .filter((e) => e.apply2020 !== undefined)
    .forEach((e, i) => {
      const application = e.apply2020;
      if (application === undefined) return;
      const batch = application.half === 'H1' ? first2020 : second2020;
      const submittedOn = randomWorkingDay(random, batch.submitFrom, batch.submitTo);
      certificationCase(schedule, e, batch, { year: 2020, serial: i + 1, passes: application.passes, submittedOn });
    });
  return [...schedule.commands];
};
