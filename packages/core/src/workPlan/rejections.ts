import type { UnknownRegion } from '../shared/rejections';
import type { TargetUnit } from './vocabulary';

/** Which plan: a region's year. */
export interface PlanKey {
  readonly regionId: string;
  readonly year: number;
}

/** The command is for another plan than the stream holds (a routing mistake). */
export interface PlanMismatch {
  readonly _tag: 'PlanMismatch';
  readonly recorded: PlanKey;
  readonly given: PlanKey;
}

/** A date outside the window the plan allows for it. */
export interface DateOutsidePlan {
  readonly _tag: 'DateOutsidePlan';
  /** Field path of the date in the command, e.g. `data.heldOn`. */
  readonly path: string;
  readonly date: string;
  readonly from: string;
  readonly to: string;
}

/** The indicator's target is already set for the year; change it with ReviseTarget. */
export interface TargetAlreadySet {
  readonly _tag: 'TargetAlreadySet';
  readonly indicatorId: string;
  readonly value: number;
  readonly unit: TargetUnit;
  /** When the current value was set or last revised. */
  readonly currentSince: string;
}

/** No target for the indicator in this plan yet. */
export interface TargetNotSet {
  readonly _tag: 'TargetNotSet';
  readonly indicatorId: string;
}

/** A value that does not suit the unit: a fractional or negative count or fen, a ratio outside [0, 1]. */
export interface InvalidTargetValue {
  readonly _tag: 'InvalidTargetValue';
  readonly indicatorId: string;
  readonly unit: TargetUnit;
  readonly value: number;
}

/** A revision dated before the target's current value was set. */
export interface RevisionBeforeCurrent {
  readonly _tag: 'RevisionBeforeCurrent';
  readonly indicatorId: string;
  readonly currentSince: string;
  readonly revisedOn: string;
}

/** A revision to the value the target already has. */
export interface TargetUnchanged {
  readonly _tag: 'TargetUnchanged';
  readonly indicatorId: string;
  readonly value: number;
}

/** The document id is already used in this plan. */
export interface PolicyDocumentAlreadyIssued {
  readonly _tag: 'PolicyDocumentAlreadyIssued';
  readonly documentId: string;
  readonly issuedOn: string;
}

/** A placeholder such as "无" given as 文号: a document without a number omits `documentNo`. */
export interface PlaceholderDocumentNo {
  readonly _tag: 'PlaceholderDocumentNo';
  readonly documentId: string;
  readonly documentNo: string;
}

/** The activity id is already used in this plan. */
export interface ServiceActivityAlreadyRecorded {
  readonly _tag: 'ServiceActivityAlreadyRecorded';
  readonly activityId: string;
  readonly heldOn: string;
}

/** Every reason a WorkPlan command is refused. */
export type WorkPlanRejection =
  | UnknownRegion
  | PlanMismatch
  | DateOutsidePlan
  | TargetAlreadySet
  | TargetNotSet
  | InvalidTargetValue
  | RevisionBeforeCurrent
  | TargetUnchanged
  | PolicyDocumentAlreadyIssued
  | PlaceholderDocumentNo
  | ServiceActivityAlreadyRecorded;
