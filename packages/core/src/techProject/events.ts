import { BusinessDate, createEventRegistry, defineEvent, type EventOf, type EventRegistry } from '@innoledger/kernel';
import * as t from 'io-ts';
import { RegionId } from '../regions/region';
import { Fen } from '../shared/money';
import { NonEmptyString } from '../shared/strings';
import { Applicant, ApplicantKind } from './applicant';
import { AcceptanceOutcome, MidtermResult } from './commands';
import { FundingLevel, Programme, ProgrammeId } from './programme';
import { ProjectId, TrancheNo } from './projectId';

/**
 * The facts every TechProject event repeats, so an indicator projection that sees one event at a
 * time can count it by programme, level, region and applicant kind without the aggregate's state.
 */
const projectKey = {
  projectId: ProjectId,
  programmeId: ProgrammeId,
  fundingLevel: FundingLevel,
  regionId: RegionId,
  applicantKind: ApplicantKind,
};

export const ProjectPlannedData = t.type({
  ...projectKey,
  title: NonEmptyString,
  programme: Programme,
  applicant: Applicant,
  plannedOn: BusinessDate,
});
export const ProposalSubmittedData = t.type({
  ...projectKey,
  title: NonEmptyString,
  programme: Programme,
  applicant: Applicant,
  requestedAmount: Fen,
  /** True when the project was in the project library (谋划) before. */
  planned: t.boolean,
  submittedOn: BusinessDate,
});
export const ProjectApprovedData = t.type({
  ...projectKey,
  requestedAmount: Fen,
  grant: Fen,
  approvedOn: BusinessDate,
});
export const ProposalRejectedData = t.type({
  ...projectKey,
  requestedAmount: Fen,
  reason: NonEmptyString,
  rejectedOn: BusinessDate,
});
export const FundsDisbursedData = t.type({
  ...projectKey,
  trancheNo: TrancheNo,
  amount: Fen,
  /** Sum of all tranches including this one; never above `grant`. */
  disbursedTotal: Fen,
  grant: Fen,
  disbursedOn: BusinessDate,
});
export const MidtermCheckRecordedData = t.type({
  ...projectKey,
  grant: Fen,
  result: MidtermResult,
  checkedOn: BusinessDate,
});
export const AcceptanceRequestedData = t.type({ ...projectKey, grant: Fen, requestedOn: BusinessDate });
export const AcceptanceRecordedData = t.intersection([
  t.type({
    ...projectKey,
    grant: Fen,
    approvedOn: BusinessDate,
    outcome: AcceptanceOutcome,
    /** False only for `rectification-required`: the review goes on. */
    final: t.boolean,
    /** True when this decision follows a rectification notice. */
    afterRectification: t.boolean,
    decidedOn: BusinessDate,
  }),
  /** Set on `rectification-required`: the last day for the follow-up decision. */
  t.partial({ rectificationDeadline: BusinessDate }),
]);
export const ProjectTerminatedData = t.type({
  ...projectKey,
  grant: Fen,
  approvedOn: BusinessDate,
  disbursed: Fen,
  recoverAmount: Fen,
  reason: NonEmptyString,
  terminatedOn: BusinessDate,
});
export const FundsRecoveryOrderedData = t.type({ ...projectKey, amount: Fen, orderedOn: BusinessDate });
export const FundsRecoveredData = t.type({
  ...projectKey,
  amount: Fen,
  /** Sum recovered including this payment; never above `ordered`. */
  recoveredTotal: Fen,
  ordered: Fen,
  recoveredOn: BusinessDate,
});

export const ProjectPlanned = defineEvent('ProjectPlanned', ProjectPlannedData);
export const ProposalSubmitted = defineEvent('ProposalSubmitted', ProposalSubmittedData);
export const ProjectApproved = defineEvent('ProjectApproved', ProjectApprovedData);
export const ProposalRejected = defineEvent('ProposalRejected', ProposalRejectedData);
export const FundsDisbursed = defineEvent('FundsDisbursed', FundsDisbursedData);
export const MidtermCheckRecorded = defineEvent('MidtermCheckRecorded', MidtermCheckRecordedData);
export const AcceptanceRequested = defineEvent('AcceptanceRequested', AcceptanceRequestedData);
export const AcceptanceRecorded = defineEvent('AcceptanceRecorded', AcceptanceRecordedData);
export const ProjectTerminated = defineEvent('ProjectTerminated', ProjectTerminatedData);
export const FundsRecoveryOrdered = defineEvent('FundsRecoveryOrdered', FundsRecoveryOrderedData);
export const FundsRecovered = defineEvent('FundsRecovered', FundsRecoveredData);

/** The TechProject event definitions (`AggregateModule.events`), each typed with its own data. */
export const techProjectEventDefinitions = [
  ProjectPlanned,
  ProposalSubmitted,
  ProjectApproved,
  ProposalRejected,
  FundsDisbursed,
  MidtermCheckRecorded,
  AcceptanceRequested,
  AcceptanceRecorded,
  ProjectTerminated,
  FundsRecoveryOrdered,
  FundsRecovered,
] as const;

/** Every TechProject event, discriminated by `type`. */
export type TechProjectEvent = EventOf<(typeof techProjectEventDefinitions)[number]>;

export const techProjectEventRegistry: EventRegistry<TechProjectEvent> =
  createEventRegistry(techProjectEventDefinitions);
