// fast-check generators for the WorkPlan codecs, and command sequences on one plan drawn from
// small pools so that every refusal is reachable.

import type { BusinessDate } from '@innoledger/kernel';
import fc from 'fast-check';
import type { RegionId } from '../regions/region';
import type { NonEmptyString, Year } from '../shared/strings';
import {
  businessDate,
  finiteNumber,
  mostly,
  nonEmptyString,
  optional,
  regionId,
  slugFrom,
  tagged,
  year,
} from '../shared/testing/arbitraries';
import type { IssuePolicyDocument, RecordServiceActivity, ReviseTarget, SetTarget, WorkPlanCommand } from './commands';
import type { PolicyDocumentIssuedData, ServiceActivityHeldData, TargetRevisedData, TargetSetData } from './events';
import type { ActivityId, DocumentId, IndicatorId } from './ids';
import type { Count, ServiceActivityKind, TargetUnit, TargetValue } from './vocabulary';

export const indicatorId: fc.Arbitrary<IndicatorId> = fc
  .stringMatching(/^[a-z][a-z_]{0,12}\.[a-z][a-z_]{0,12}$/)
  .map((s) => s as IndicatorId);
export const unit: fc.Arbitrary<TargetUnit> = fc.constantFrom('count', 'fen', 'ratio');
/** Any finite value, whole ones often, −0 excluded (JSON has no −0, so it could not round-trip). */
export const targetValue: fc.Arbitrary<TargetValue> = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000_000_000 }).map((n) => n as TargetValue),
  finiteNumber(-1e6, 1e12),
);
export const kind: fc.Arbitrary<ServiceActivityKind> = fc.constantFrom(
  'training',
  'lecture',
  'matchmaking',
  'commissioner-dispatch',
);
export const documentId = (pool = 1000) => slugFrom('doc', pool).map((s) => s as DocumentId);
export const activityId = (pool = 1000) => slugFrom('act', pool).map((s) => s as ActivityId);
export const count: fc.Arbitrary<Count> = fc.nat(5000).map((n) => n as Count);

const plan = fc.record({ regionId, year: year() });

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
      mostly(['xianning'], ['chibi', 'wuhan']),
      mostly([2020], [2021]),
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

/** A generator per command type, for the round-trip properties. */
export const commandArbitraries = {
  SetTarget: setTarget,
  ReviseTarget: reviseTarget,
  IssuePolicyDocument: issuePolicyDocument,
  RecordServiceActivity: recordServiceActivity,
};

/** A generator per event type, for the round-trip properties. */
export const eventArbitraries = {
  TargetSet: tagged('TargetSet', targetSetData),
  TargetRevised: tagged('TargetRevised', targetRevisedData),
  PolicyDocumentIssued: tagged('PolicyDocumentIssued', policyDocumentIssuedData),
  ServiceActivityHeld: tagged('ServiceActivityHeld', serviceActivityHeldData),
};
