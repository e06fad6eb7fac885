import { splitAmount } from '../amounts';
import { contractParties } from '../contractTerms';
import { addDays, lastDayOfMonth, monthStart, randomWorkingDay, workingDayFrom, workingDayUntil } from '../dates';
import { seededRandom, seedFor } from '../random';
import { COUNTIES, type County, countyFacts } from '../regions';
import { type RosterEnterprise, roster } from '../roster';
import { createSchedule, type Schedule, type ScheduledCommand } from '../schedule';

/** Contracts registered per month of 2020 and their gross amounts in 万元; February–March is the epidemic dip. */
const months: readonly { readonly count: number; readonly wan: number }[] = [
  { count: 110, wan: 52_000 },
  { count: 25, wan: 9_500 },
  { count: 60, wan: 26_000 },
  { count: 130, wan: 61_000 },
  { count: 150, wan: 70_000 },
  { count: 174, wan: 82_800 },
  // First half: 649 contracts, 301,300万元 = 30.13亿元. The second half is plausible.
  { count: 100, wan: 33_000 },
  { count: 95, wan: 30_000 },
  { count: 110, wan: 38_000 },
  { count: 90, wan: 32_000 },
  { count: 115, wan: 39_000 },
  { count: 140, wan: 48_000 },
];

const REGISTRAR = '咸宁市技术合同认定登记机构';

/** Contracts (by index in the year's book) the registrar sends back once for correction (补正). */
const CORRECTED = new Set([37, 212, 418, 803, 1102]);

interface Booked {
  readonly contractNo: string;
  readonly registeredOn: string;
  readonly grossAmount: number;
  readonly contractType: string;
}

/** One contract through submit → accept → register (with a correction round for a few). */
const registerOne = (
  schedule: Schedule,
  index: number,
  registeredOn: string,
  terms: Record<string, unknown>,
  registrationNo: string,
  verified?: number,
): void => {
  const contractNo = String(terms.contractNo);
  const corrected = CORRECTED.has(index);
  // The registrar works on working days; the parties sign whenever they like.
  const acceptedOn = workingDayUntil(addDays(registeredOn, -((index * 7) % 19) - 1));
  const submittedOn = workingDayUntil(addDays(acceptedOn, corrected ? -7 : -((index * 3) % 4)));
  const signedOn = addDays(submittedOn, -5 - ((index * 11) % 50));
  schedule.add(submittedOn, 'SubmitContractForRegistration', { ...terms, signedOn, submittedOn, written: true });
  if (corrected) {
    const requestedOn = workingDayFrom(addDays(submittedOn, 1));
    const resubmittedOn = workingDayFrom(addDays(requestedOn, 2));
    schedule.add(requestedOn, 'RequestCorrection', {
      contractNo,
      reason: '合同名称与约定内容不符，请补正',
      requestedOn,
    });
    schedule.add(resubmittedOn, 'ResubmitContract', {
      contractNo,
      title: `${String(terms.title)}（补正）`,
      resubmittedOn,
    });
  }
  schedule.add(acceptedOn, 'AcceptRegistrationApplication', { contractNo, acceptedOn });
  schedule.add(
    registeredOn,
    'RegisterContract',
    { contractNo, registrationNo, registeredOn, ...(verified === undefined ? {} : { verifiedTechAmount: verified }) },
    REGISTRAR,
  );
};

/**
 * Technology contracts of 2020, registered by the seller's county: 649 by 30 June for exactly
 * 3,013,000,000 yuan, about 650 more in the second half year, a few refused, one amended and one
 * revoked in the autumn (each on its own date, so the first half keeps its figures).
 */
export const contractHistory = (): ScheduledCommand[] => {
  const random = seededRandom(seedFor('contracts'));
  const schedule = createSchedule();
  const all = roster();
  const sellers = all.filter((e) => e.certifiedIn !== undefined || e.techSmeYears.length > 0 || e.aboveScale2020);
  const sellersByCounty = new Map<County, readonly RosterEnterprise[]>(
    COUNTIES.map((c) => [c, sellers.filter((e) => e.regionId === c)]),
  );
  const perCounty = new Map<string, number>();
  const booked: Booked[] = [];
  let index = 0;
  months.forEach(({ count, wan }, m) => {
    const amounts = splitAmount(random, wan * 10_000, count, 5_000);
    const days = Array.from({ length: count }, () =>
      randomWorkingDay(random, monthStart(2020, m + 1), lastDayOfMonth(2020, m + 1)),
    ).sort();
    amounts.forEach((yuan, i) => {
      index++;
      const registeredOn = days[i] ?? monthStart(2020, m + 1);
      const parties = contractParties(random, sellersByCounty, all);
      const grossAmount = yuan * 100;
      const techAmount = Math.floor(yuan * parties.techShare) * 100;
      const contractNo = `JSHT-2020-${String(index).padStart(4, '0')}`;
      const serial = (perCounty.get(parties.seller.regionId) ?? 0) + 1;
      perCounty.set(parties.seller.regionId, serial);
      const { techShare: _share, ...rest } = parties;
      const verified = index % 23 === 0 ? Math.floor(techAmount * 0.9) : undefined;
      registerOne(
        schedule,
        index,
        registeredOn,
        { contractNo, ...rest, grossAmount, techAmount },
        `2020${countyFacts[parties.seller.regionId].code}${String(serial).padStart(4, '0')}`,
        verified,
      );
      booked.push({ contractNo, registeredOn, grossAmount, contractType: parties.contractType });
    });
  });

  // Refused: filings that are not technology contracts (不予登记), one a quarter.
  ['2020-03-18', '2020-05-20', '2020-08-19', '2020-11-18'].forEach((day, i) => {
    const parties = contractParties(random, sellersByCounty, all);
    const { techShare: _share, ...rest } = parties;
    const contractNo = `JSHT-2020-R${i + 1}`;
    schedule.add(day, 'SubmitContractForRegistration', {
      contractNo,
      ...rest,
      title: '设备采购及安装合同',
      grossAmount: 80_000_000,
      techAmount: 10_000_000,
      signedOn: addDays(day, -20),
      submittedOn: day,
      written: true,
    });
    schedule.add(workingDayFrom(addDays(day, 3)), 'RefuseRegistration', {
      contractNo,
      reason: 'not-a-technology-contract',
      refusedOn: workingDayFrom(addDays(day, 3)),
      note: '以设备买卖为主要内容，不属于技术合同',
    });
  });

  // A June development contract grows by a supplementary agreement (补充协议) in September.
  const amended = booked.find((b) => b.registeredOn >= '2020-06-01' && b.contractType === 'development');
  if (amended !== undefined) {
    const grossAmount = amended.grossAmount + 120_000_000;
    schedule.add(
      '2020-09-15',
      'AmendRegistration',
      {
        contractNo: amended.contractNo,
        grossAmount,
        techAmount: Math.floor(grossAmount * 0.8),
        amendedOn: '2020-09-15',
      },
      REGISTRAR,
    );
  }
  // A May contract turns out to be registered twice (once by each party) and is revoked in November.
  const revoked = booked.find((b) => b.registeredOn >= '2020-05-01' && b.contractType === 'service');
  if (revoked !== undefined)
    schedule.add(
      '2020-11-20',
      'RevokeRegistration',
      {
        contractNo: revoked.contractNo,
        reason: 'duplicate',
        revokedOn: '2020-11-20',
        note: '同一合同由买卖双方重复申请登记',
      },
      REGISTRAR,
    );
  return [...schedule.commands];
};
