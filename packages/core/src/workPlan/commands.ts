import { BusinessDate } from '@innoledger/kernel';
import * as t from 'io-ts';
import { RegionId } from '../regions/region';
import { command, commandTypesOf } from '../shared/command';
import { NonEmptyString, Year } from '../shared/strings';
import { ActivityId, DocumentId, IndicatorId } from './ids';
import { Count, ServiceActivityKind, TargetUnit, TargetValue } from './vocabulary';

// Every command names the plan (region and year) it belongs to: that is its stream.
const plan = { regionId: RegionId, year: Year };

/** 全年目标任务: sets the annual target of one indicator (once; later changes are revisions). */
export const SetTarget = command(
  'SetTarget',
  t.intersection([
    t.type({ ...plan, indicatorId: IndicatorId, value: TargetValue, unit: TargetUnit, setOn: BusinessDate }),
    t.partial({ source: NonEmptyString }),
  ]),
);
export type SetTarget = t.TypeOf<typeof SetTarget>;

/** Revises a target already set; the unit stays the one it was set in. */
export const ReviseTarget = command(
  'ReviseTarget',
  t.intersection([
    t.type({ ...plan, indicatorId: IndicatorId, value: TargetValue, revisedOn: BusinessDate }),
    t.partial({ source: NonEmptyString, reason: NonEmptyString }),
  ]),
);
export type ReviseTarget = t.TypeOf<typeof ReviseTarget>;

/** 政策文件印发: a policy document issued (it may bring rules into force from `effectiveFrom`). */
export const IssuePolicyDocument = command(
  'IssuePolicyDocument',
  t.intersection([
    t.type({
      ...plan,
      documentId: DocumentId,
      title: NonEmptyString,
      issuer: NonEmptyString,
      issuedOn: BusinessDate,
      effectiveFrom: BusinessDate,
    }),
    // 文号 is absent for documents issued without one (the seed's "文号: 无").
    t.partial({ documentNo: NonEmptyString, summary: NonEmptyString }),
  ]),
);
export type IssuePolicyDocument = t.TypeOf<typeof IssuePolicyDocument>;

/** 服务活动: a training, lecture, matchmaking event or S&T commissioner dispatch, held once. */
export const RecordServiceActivity = command(
  'RecordServiceActivity',
  t.intersection([
    t.type({
      ...plan,
      activityId: ActivityId,
      kind: ServiceActivityKind,
      title: NonEmptyString,
      heldOn: BusinessDate,
      online: t.boolean,
    }),
    t.partial({ participants: Count }),
  ]),
);
export type RecordServiceActivity = t.TypeOf<typeof RecordServiceActivity>;

/** Every WorkPlan command, discriminated by `type`. */
export const WorkPlanCommand = t.union([SetTarget, ReviseTarget, IssuePolicyDocument, RecordServiceActivity]);
export type WorkPlanCommand = t.TypeOf<typeof WorkPlanCommand>;

/** Every WorkPlan command type, in the union's order. */
export const workPlanCommandTypes = commandTypesOf(WorkPlanCommand);
