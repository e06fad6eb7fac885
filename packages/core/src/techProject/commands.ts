import { BusinessDate } from '@innoledger/kernel';
import * as t from 'io-ts';
import { RegionId } from '../regions/region';
import { command, commandTypesOf } from '../shared/command';
import { Fen } from '../shared/money';
import { NonEmptyString } from '../shared/strings';
import { Applicant } from './applicant';
import { Programme } from './programme';
import { ProjectId, TrancheNo } from './projectId';

/** 谋划: enter a project in the project library, before any proposal. */
export const PlanProject = command(
  'PlanProject',
  t.type({
    projectId: ProjectId,
    title: NonEmptyString,
    programme: Programme,
    applicant: Applicant,
    regionId: RegionId,
    plannedOn: BusinessDate,
  }),
);
export type PlanProject = t.TypeOf<typeof PlanProject>;

/**
 * 申报: submit the proposal. The descriptive fields are required when the project was not planned
 * first; when it was, any of them given here replaces the planned value.
 */
export const SubmitProposal = command(
  'SubmitProposal',
  t.intersection([
    t.type({ projectId: ProjectId, requestedAmount: Fen, submittedOn: BusinessDate }),
    t.partial({ title: NonEmptyString, programme: Programme, applicant: Applicant, regionId: RegionId }),
  ]),
);
export type SubmitProposal = t.TypeOf<typeof SubmitProposal>;

/** 立项: approve the proposal with a grant. */
export const ApproveProject = command(
  'ApproveProject',
  t.type({ projectId: ProjectId, grant: Fen, approvedOn: BusinessDate }),
);
export type ApproveProject = t.TypeOf<typeof ApproveProject>;

/** 不予立项: reject the proposal. */
export const RejectProposal = command(
  'RejectProposal',
  t.type({ projectId: ProjectId, reason: NonEmptyString, rejectedOn: BusinessDate }),
);
export type RejectProposal = t.TypeOf<typeof RejectProposal>;

/** 资金拨付: pay one tranche of the grant. */
export const DisburseFunds = command(
  'DisburseFunds',
  t.type({ projectId: ProjectId, trancheNo: TrancheNo, amount: Fen, disbursedOn: BusinessDate }),
);
export type DisburseFunds = t.TypeOf<typeof DisburseFunds>;

export const MidtermResult = t.keyof({ satisfactory: null, 'needs-improvement': null, unsatisfactory: null });
export type MidtermResult = t.TypeOf<typeof MidtermResult>;

/** 中期检查: record the mid-term check of a project in progress. */
export const RecordMidtermCheck = command(
  'RecordMidtermCheck',
  t.type({ projectId: ProjectId, checkedOn: BusinessDate, result: MidtermResult }),
);
export type RecordMidtermCheck = t.TypeOf<typeof RecordMidtermCheck>;

/** 申请验收: the project asks for its acceptance review. */
export const RequestAcceptance = command(
  'RequestAcceptance',
  t.type({ projectId: ProjectId, requestedOn: BusinessDate }),
);
export type RequestAcceptance = t.TypeOf<typeof RequestAcceptance>;

/** 通过验收 / 整改 / 不通过 / 结题. */
export const AcceptanceOutcome = t.keyof({ passed: null, 'rectification-required': null, failed: null, closed: null });
export type AcceptanceOutcome = t.TypeOf<typeof AcceptanceOutcome>;

/** 验收结论: record the acceptance decision. */
export const RecordAcceptance = command(
  'RecordAcceptance',
  t.type({ projectId: ProjectId, outcome: AcceptanceOutcome, decidedOn: BusinessDate }),
);
export type RecordAcceptance = t.TypeOf<typeof RecordAcceptance>;

/** 终止 / 撤销: stop an approved project, ordering part or all of the paid funds back. */
export const TerminateProject = command(
  'TerminateProject',
  t.type({
    projectId: ProjectId,
    reason: NonEmptyString,
    terminatedOn: BusinessDate,
    recoverAmount: Fen,
  }),
);
export type TerminateProject = t.TypeOf<typeof TerminateProject>;

/** 资金收回: money ordered back has been returned (possibly in several payments). */
export const RecordFundsRecovered = command(
  'RecordFundsRecovered',
  t.type({ projectId: ProjectId, amount: Fen, recoveredOn: BusinessDate }),
);
export type RecordFundsRecovered = t.TypeOf<typeof RecordFundsRecovered>;

/** Every TechProject command, discriminated by `type`. */
export const TechProjectCommand = t.union([
  PlanProject,
  SubmitProposal,
  ApproveProject,
  RejectProposal,
  DisburseFunds,
  RecordMidtermCheck,
  RequestAcceptance,
  RecordAcceptance,
  TerminateProject,
  RecordFundsRecovered,
]);
export type TechProjectCommand = t.TypeOf<typeof TechProjectCommand>;

/** Every TechProject command type, in the union's order. */
export const techProjectCommandTypes = commandTypesOf(TechProjectCommand);
