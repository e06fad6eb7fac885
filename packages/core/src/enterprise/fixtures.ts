// Builders for this folder's specs: plain JSON in, decoded (branded) commands and events out, so a
// fixture that breaks a codec fails loudly instead of slipping a bad value into a test.
import type { AnyEventDefinition } from '@innoledger/kernel';
import { deciderSpec } from '@innoledger/testing';
import { chinaOfficialCalendarData } from '../calendar/chinaOfficial';
import { workingDayCalendar } from '../calendar/workingDayCalendar';
import { type DomainConfig, defaultDomainConfig } from '../shared/domainConfig';
import { decodeOrThrow, usccOf } from '../shared/testing/fixtures';
import { EnterpriseCommand, type EnterpriseCommandOf } from './commands';
import { decideEnterprise } from './decide';
import { type EnterpriseEvent, type EnterpriseEventOf, enterpriseEventDefinitions } from './events';
import { evolveEnterprise, initialEnterpriseState } from './state';

/** 湖北厚福医疗装备有限公司 (a made-up code with a correct check character). */
export const HOUFU = usccOf('91421200MA49B7X1A');
export const HOUFU_NAME = '湖北厚福医疗装备有限公司';
export const REGION = 'xianan';

export const command = <T extends EnterpriseCommand['type']>(
  type: T,
  data: Record<string, unknown>,
): EnterpriseCommandOf<T> =>
  decodeOrThrow(EnterpriseCommand, { type, data: { uscc: HOUFU, ...data } }, type) as EnterpriseCommandOf<T>;

/** An event of this enterprise; `uscc` and `regionId` default to Houfu's. */
export const event = <T extends EnterpriseEvent['type']>(
  type: T,
  data: Record<string, unknown>,
): EnterpriseEventOf<T> => {
  const definition: AnyEventDefinition | undefined = enterpriseEventDefinitions.find((d) => d.type === type);
  if (definition === undefined) throw new Error(`no event ${type}`);
  const full = { uscc: HOUFU, regionId: REGION, ...data };
  return { type, data: decodeOrThrow(definition.codec, full, type) } as EnterpriseEventOf<T>;
};

/**
 * A calendar with the official 2017–2021 lists that also counts weekends-only working days through
 * 2030, so random runs can reach a certificate's final year and re-certify in it.
 */
export const extendedConfig: DomainConfig = {
  ...defaultDomainConfig,
  calendar: workingDayCalendar({
    ...chinaOfficialCalendarData,
    years: Array.from({ length: 14 }, (_, i) => 2017 + i),
  }),
};

/** The decider on Xianning's regions and the official calendar, for `deciderSpec`. */
export const decider = {
  initialState: initialEnterpriseState,
  decide: decideEnterprise(defaultDomainConfig),
  evolve: evolveEnterprise,
};

/** given/when/then on {@link decider}: `.then(events)` or `.thenRejects(rejection)`. */
export const spec = deciderSpec(decider);

export const registered = event('EnterpriseRegistered', {
  name: HOUFU_NAME,
  industry: '医疗仪器设备及器械制造',
  establishedOn: '2015-03-10',
  registeredOn: '2019-01-15',
});

/** The certification case of the fixtures. */
export const APPLICATION_ID = 'HT-2020-01';

/** The case ends without a certificate (`extra`: e.g. the failing `score`). */
export const rejected = (reason: string, rejectedOn: string, extra: Record<string, unknown> = {}) =>
  event('HighTechApplicationRejected', { applicationId: APPLICATION_ID, reason, rejectedOn, ...extra });

// One certification case on the official 2020 calendar: the notice starting Monday 28 September
// spans the National Day holiday (1–8 October) and the make-up Saturday 10 October, so its 10th
// working day is Friday 16 October.
export const submitted = event('HighTechApplicationSubmitted', {
  applicationId: APPLICATION_ID,
  submittedOn: '2020-06-15',
});
export const reviewed = event('ExpertReviewPassed', {
  applicationId: APPLICATION_ID,
  score: 78,
  reviewedOn: '2020-08-20',
});
export const noticeStarted = event('PublicNoticeStarted', {
  applicationId: APPLICATION_ID,
  startsOn: '2020-09-28',
  endsOn: '2020-10-16',
});
export const certified = event('HighTechEnterpriseCertified', {
  applicationId: APPLICATION_ID,
  certificateNo: 'GR202042000123',
  issuedOn: '2020-12-01',
  validUntil: '2023-11-30',
});

/** Registered, with certificate GR202042000123 in force from 2020-12-01 to 2023-11-30. */
export const certifiedHistory: readonly EnterpriseEvent[] = [registered, submitted, reviewed, noticeStarted, certified];
