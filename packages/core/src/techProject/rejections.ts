import type { UnknownRegion } from '../shared/rejections';
import type { FundingLevel } from './programme';
import type { ProjectStatus } from './state';

/** PlanProject on a project that already has a history. */
export interface ProjectAlreadyExists {
  readonly _tag: 'ProjectAlreadyExists';
  readonly projectId: string;
  readonly status: ProjectStatus;
}

/** SubmitProposal on a project that is past the proposal stage. */
export interface ProposalAlreadySubmitted {
  readonly _tag: 'ProposalAlreadySubmitted';
  readonly projectId: string;
  readonly status: ProjectStatus;
}

/** SubmitProposal without a plan and without the fields a plan would have given. */
export interface ProposalDetailsMissing {
  readonly _tag: 'ProposalDetailsMissing';
  readonly projectId: string;
  /** Field paths, e.g. `data.title`. */
  readonly missing: readonly string[];
}

/** An amount that must be above zero (a request, a grant, a tranche, a recovery) is zero. */
export interface AmountNotPositive {
  readonly _tag: 'AmountNotPositive';
  readonly projectId: string;
  readonly path: string;
  readonly amount: number;
}

/** A command dated before the latest event of the project: a stream's history runs forward. */
export interface DateBeforeLastEvent {
  readonly _tag: 'DateBeforeLastEvent';
  readonly projectId: string;
  readonly path: string;
  readonly date: string;
  readonly lastEventOn: string;
}

/** ApproveProject or RejectProposal when no proposal awaits a decision. */
export interface ProposalNotPending {
  readonly _tag: 'ProposalNotPending';
  readonly projectId: string;
  readonly status: ProjectStatus;
}

/** The grant is above what was requested. */
export interface GrantExceedsRequest {
  readonly _tag: 'GrantExceedsRequest';
  readonly projectId: string;
  readonly grant: number;
  readonly requestedAmount: number;
}

/** DisburseFunds on a project that is not approved, or that has failed, closed or stopped. */
export interface ProjectNotFundable {
  readonly _tag: 'ProjectNotFundable';
  readonly projectId: string;
  readonly status: ProjectStatus;
}

/** Tranches are numbered 1, 2, 3… in the order they are paid. */
export interface UnexpectedTrancheNo {
  readonly _tag: 'UnexpectedTrancheNo';
  readonly projectId: string;
  readonly trancheNo: number;
  readonly expected: number;
}

/** The tranche would take the disbursed sum above the grant. */
export interface DisbursementExceedsGrant {
  readonly _tag: 'DisbursementExceedsGrant';
  readonly projectId: string;
  readonly grant: number;
  /** Already disbursed before this tranche. */
  readonly disbursed: number;
  readonly amount: number;
}

/** A step that needs a project in progress (approved, not concluded), e.g. a mid-term check. */
export interface ProjectNotInProgress {
  readonly _tag: 'ProjectNotInProgress';
  readonly projectId: string;
  readonly command: string;
  readonly status: ProjectStatus;
}

/** A project gets one mid-term check. */
export interface MidtermCheckAlreadyRecorded {
  readonly _tag: 'MidtermCheckAlreadyRecorded';
  readonly projectId: string;
  readonly checkedOn: string;
}

/** The project is managed by targets on the check date: no process check (过程不予干涉). */
export interface MidtermCheckNotAllowed {
  readonly _tag: 'MidtermCheckNotAllowed';
  readonly projectId: string;
  readonly fundingLevel: FundingLevel;
  readonly grant: number;
  readonly maxGrant: number;
  readonly checkedOn: string;
  readonly ruleEffectiveFrom: string;
  readonly ruleSource: string;
}

/** RecordAcceptance when no acceptance review is open. */
export interface AcceptanceNotRequested {
  readonly _tag: 'AcceptanceNotRequested';
  readonly projectId: string;
  readonly status: ProjectStatus;
}

/** A second rectification: the one chance was used. */
export interface RectificationAlreadyUsed {
  readonly _tag: 'RectificationAlreadyUsed';
  readonly projectId: string;
  readonly rectificationNoticeOn: string;
}

/** The follow-up decision after rectification comes after the deadline (only `failed` may). */
export interface RectificationDeadlinePassed {
  readonly _tag: 'RectificationDeadlinePassed';
  readonly projectId: string;
  readonly rectificationNoticeOn: string;
  readonly deadline: string;
  readonly decidedOn: string;
}

/** The recovery ordered on termination is above what was paid out. */
export interface RecoveryExceedsDisbursed {
  readonly _tag: 'RecoveryExceedsDisbursed';
  readonly projectId: string;
  readonly recoverAmount: number;
  readonly disbursed: number;
}

/** RecordFundsRecovered on a project that is not terminated. */
export interface ProjectNotTerminated {
  readonly _tag: 'ProjectNotTerminated';
  readonly projectId: string;
  readonly status: ProjectStatus;
}

/** More money returned than was ordered back. */
export interface RecoveryExceedsOrdered {
  readonly _tag: 'RecoveryExceedsOrdered';
  readonly projectId: string;
  readonly ordered: number;
  /** Already recovered before this payment. */
  readonly recovered: number;
  readonly amount: number;
}

/** Every reason a TechProject command is refused. */
export type TechProjectRejection =
  | UnknownRegion
  | ProjectAlreadyExists
  | ProposalAlreadySubmitted
  | ProposalDetailsMissing
  | AmountNotPositive
  | DateBeforeLastEvent
  | ProposalNotPending
  | GrantExceedsRequest
  | ProjectNotFundable
  | UnexpectedTrancheNo
  | DisbursementExceedsGrant
  | ProjectNotInProgress
  | MidtermCheckAlreadyRecorded
  | MidtermCheckNotAllowed
  | AcceptanceNotRequested
  | RectificationAlreadyUsed
  | RectificationDeadlinePassed
  | RecoveryExceedsDisbursed
  | ProjectNotTerminated
  | RecoveryExceedsOrdered;
