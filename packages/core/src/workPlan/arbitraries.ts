import type { BusinessDate } from '@innoledger/kernel';
import fc from 'fast-check';
import type { RegionId } from '../regions/region';
import { xianningRegionList } from '../regions/xianning';
import type { NonEmptyString, Year } from '../shared/strings';
import type { IssuePolicyDocument, RecordServiceActivity, ReviseTarget, SetTarget, WorkPlanCommand } from './commands';
import type { PolicyDocumentIssuedData, ServiceActivityHeldData, TargetRevisedData, TargetSetData } from './events';
import type { ActivityId, DocumentId, IndicatorId } from './ids';
import type { Count, ServiceActivityKind, TargetUnit, TargetValue } from './vocabulary';

// fast-check generators for the WorkPlan codecs, and command sequences on one plan drawn from
// small pools so that every refusal is reachable.

const DAY = 86_400_000;
export const businessDate = (from = '2015-01-01', to = '2025-12-31'): fc.Arbitrary<BusinessDate> =>
  fc
    .integer({ min: Date.parse(from) / DAY, max: Date.parse(to) / DAY })
    .map((d) => new Date(d * DAY).toISOString().slice(0, 10) as BusinessDate);

export const regionId: fc.Arbitrary<RegionId> = fc.constantFrom(...xianningRegionList.map((r) => r.id));
export const nonEmptyString: fc.Arbitrary<NonEmptyString> = fc
  .string({ minLength: 1, maxLength: 24, unit: 'grapheme' })
  .filter((s) => s.trim().length > 0)
  .map((s) => s as NonEmptyString);
export const year: fc.Arbitrary<Year> = fc.integer({ min: 2015, max: 2025 }).map((n) => n as Year);

export const indicatorId: fc.Arbitrary<IndicatorId> = fc
  .stringMatching(/^[a-z][a-z_]{0,12}\.[a-z][a-z_]{0,12}$/)
  .map((s) => s as IndicatorId);
export const unit: fc.Arbitrary<TargetUnit> = fc.constantFrom('count', 'fen', 'ratio');
/** Any finite value, −0 excluded (JSON has no −0, so it could not round-trip). */
export const targetValue: fc.Arbitrary<TargetValue> = fc
  .oneof(fc.integer({ min: 0, max: 1_000_000_000_000 }), fc.double({ min: -1e6, max: 1e12, noNaN: true }))
  .filter((n) => !Object.is(n, -0))
  .map((n) => n as TargetValue);
export const kind: fc.Arbitrary<ServiceActivityKind> = fc.constantFrom(
  'training',
  'lecture',
  'matchmaking',
  'commissioner-dispatch',
);
const slug = (prefix: string, pool: number) => fc.integer({ min: 1, max: pool }).map((n) => `${prefix}-${n}`);
export const documentId = (pool = 1000) => slug('doc', pool).map((s) => s as DocumentId);
export const activityId = (pool = 1000) => slug('act', pool).map((s) => s as ActivityId);
export const count: fc.Arbitrary<Count> = fc.nat(5000).map((n) => n as Count);

const optional = <K extends string, V>(key: K, value: fc.Arbitrary<V>) =>
  fc.option(value, { nil: undefined }).map((v) => (v === undefined ? {} : ({ [key]: v } as { [P in K]: V })));
const plan = fc.record({ regionId, year });

export const targetSetData: fc.Arbitrary<TargetSetData> = fc
  .tuple(plan, indicatorId, targetValue, unit, businessDate(), optional('source', nonEmptyString))
  .map(([p, indicatorId, value, unit, setOn, source]) => ({ ...p, indicatorId, value, unit, setOn, ...source }));

export const targetRevisedData: fc.Arbitrary<TargetRevisedData> = fc
  .tuple(
    targetSetData,
    targetValue,
    fc.integer({ min: 1, max: 10 }),
    optional('source', nonEmptyString),
    optional('reason', nonEmptyString),
  )
  .map(([{ setOn, source: _, ...t }, value, revision, source, reason]) => ({
    ...t,
    previousValue: t.value,
    value,
    revisedOn: setOn,
    revision,
    ...source,
    ...reason,
  }));

export const policyDocumentIssuedData: fc.Arbitrary<PolicyDocumentIssuedData> = fc
  .tuple(
    plan,
    documentId(),
    nonEmptyString,
    nonEmptyString,
    businessDate(),
    businessDate(),
    optional('documentNo', nonEmptyString),
    optional('summary', nonEmptyString),
  )
  .map(([p, documentId, title, issuer, issuedOn, effectiveFrom, no, summary]) => ({
    ...p,
    documentId,
    title,
    issuer,
    issuedOn,
    effectiveFrom,
    ...no,
    ...summary,
  }));

export const serviceActivityHeldData: fc.Arbitrary<ServiceActivityHeldData> = fc
  .tuple(plan, activityId(), kind, nonEmptyString, businessDate(), fc.boolean(), optional('participants', count))
  .map(([p, activityId, kind, title, heldOn, online, participants]) => ({
    ...p,
    activityId,
    kind,
    title,
    heldOn,
    online,
    ...participants,
  }));

export const setTarget: fc.Arbitrary<SetTarget> = targetSetData.map((data) => ({ type: 'SetTarget', data }));
export const reviseTarget: fc.Arbitrary<ReviseTarget> = fc
  .tuple(targetRevisedData, businessDate())
  .map(([{ unit: _, previousValue: __, revision: ___, ...data }, revisedOn]) => ({
    type: 'ReviseTarget',
    data: { ...data, revisedOn },
  }));
export const issuePolicyDocument: fc.Arbitrary<IssuePolicyDocument> = policyDocumentIssuedData.map((data) => ({
  type: 'IssuePolicyDocument',
  data,
}));
export const recordServiceActivity: fc.Arbitrary<RecordServiceActivity> = serviceActivityHeldData.map((data) => ({
  type: 'RecordServiceActivity',
  data,
}));

/** Per indicator: its unit, and a pool of values, the last of which fits no unit. */
const INDICATORS: Record<string, { unit: TargetUnit; values: readonly number[] }> = {
  'contracts.amount': { unit: 'fen', values: [500_000_000_000, 400_000_000_000, 0.5] },
  'achievements.registered': { unit: 'count', values: [60, 50, 60.5] },
  'hightech_va.share_of_gdp': { unit: 'ratio', values: [0.155, 0.15, 15.5] },
};

/**
 * Commands on one plan (Xianning 2020): targets mostly set in early January, other dates mostly inside 2020 but reaching into the years
 * around it, ids and values from small pools (so duplicates, unchanged revisions and values that
 * fit no unit occur), a "无" 文号 now and then, and now and then another region or year.
 */
export const commandsForOnePlan: fc.Arbitrary<readonly WorkPlanCommand[]> = fc.array(
  fc
    .tuple(
      fc.oneof(
        { weight: 2, arbitrary: setTarget },
        { weight: 3, arbitrary: reviseTarget },
        { weight: 1, arbitrary: issuePolicyDocument },
        { weight: 1, arbitrary: recordServiceActivity },
      ),
      fc.constantFrom(...Object.keys(INDICATORS)),
      fc.oneof({ weight: 9, arbitrary: fc.constantFrom(0, 1) }, { weight: 1, arbitrary: fc.constant(2) }),
      fc.oneof(
        { weight: 9, arbitrary: businessDate('2020-01-01', '2020-12-31') },
        { weight: 1, arbitrary: businessDate('2018-06-01', '2021-03-31') },
      ),
      fc.integer({ min: 1, max: 6 }),
      fc.oneof(
        { weight: 19, arbitrary: fc.constant('xianning') },
        { weight: 1, arbitrary: fc.constantFrom('chibi', 'wuhan') },
      ),
      fc.oneof({ weight: 19, arbitrary: fc.constant(2020) }, { weight: 1, arbitrary: fc.constant(2021) }),
    )
    .map(([c, indicator, pick, date, n, region, y]): WorkPlanCommand => {
      const plan = { regionId: region as RegionId, year: y as Year };
      const indicatorId = indicator as IndicatorId;
      const { unit, values } = INDICATORS[indicator] ?? { unit: 'count', values: [] };
      const value = (values[pick] ?? 0) as TargetValue;
      switch (c.type) {
        case 'SetTarget': {
          // Mostly set early in the year, so that later revisions are usually dated after it.
          const setOn = n < 6 ? (`2020-01-0${n}` as BusinessDate) : date;
          return { type: c.type, data: { ...c.data, ...plan, indicatorId, value, unit, setOn } };
        }
        case 'ReviseTarget':
          return { type: c.type, data: { ...c.data, ...plan, indicatorId, value, revisedOn: date } };
        case 'IssuePolicyDocument': {
          const { documentNo: _, ...data } = c.data;
          const no = n === 6 ? { documentNo: '无' as NonEmptyString } : {};
          const documentId = `doc-${n}` as DocumentId;
          return { type: c.type, data: { ...data, ...plan, ...no, documentId, issuedOn: date } };
        }
        default:
          return { type: c.type, data: { ...c.data, ...plan, activityId: `act-${n}` as ActivityId, heldOn: date } };
      }
    }),
  { maxLength: 30 },
);
