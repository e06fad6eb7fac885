import type { AggregateModule } from '../shared/aggregateModule';
import type { DomainConfig } from '../shared/domainConfig';
import {
  type TechProjectCommand,
  TechProjectCommand as TechProjectCommandCodec,
  techProjectCommandTypes,
} from './commands';
import { decideTechProject } from './decide';
import { type TechProjectEvent, techProjectEventDefinitions, techProjectEventRegistry } from './events';
import type { TechProjectRejection } from './rejections';
import { defaultTechProjectRules, type TechProjectRules } from './rules';
import { evolveTechProject, initialTechProjectState, type TechProjectState } from './state';

/** The business date an event records: each event type names its own date field. */
const techProjectEventDate = (event: TechProjectEvent): string => {
  switch (event.type) {
    case 'ProjectPlanned':
      return event.data.plannedOn;
    case 'ProposalSubmitted':
      return event.data.submittedOn;
    case 'ProjectApproved':
      return event.data.approvedOn;
    case 'ProposalRejected':
      return event.data.rejectedOn;
    case 'FundsDisbursed':
      return event.data.disbursedOn;
    case 'MidtermCheckRecorded':
      return event.data.checkedOn;
    case 'AcceptanceRequested':
      return event.data.requestedOn;
    case 'AcceptanceRecorded':
      return event.data.decidedOn;
    case 'ProjectTerminated':
      return event.data.terminatedOn;
    case 'FundsRecoveryOrdered':
      return event.data.orderedOn;
    case 'FundsRecovered':
      return event.data.recoveredOn;
  }
};

/** The TechProject module under `rules` (the shipped dated rules by default). */
export const techProjectModuleWith = (
  rules: TechProjectRules,
): AggregateModule<TechProjectCommand, TechProjectEvent, TechProjectState, TechProjectRejection> => ({
  name: 'techProject',
  commands: TechProjectCommandCodec,
  commandTypes: techProjectCommandTypes,
  events: techProjectEventDefinitions,
  registry: techProjectEventRegistry,
  decider: (config: DomainConfig) => ({
    initialState: initialTechProjectState,
    decide: decideTechProject(config, rules),
    evolve: evolveTechProject,
  }),
  streamId: (command) => `techProject-${command.data.projectId}`,
  occurredAt: (event) => techProjectEventDate(event),
});

/** 科技计划项目: planned → proposed → approved or rejected → funded → checked → accepted or terminated. */
export const techProject = techProjectModuleWith(defaultTechProjectRules);

export { Applicant, ApplicantKind } from './applicant';
export {
  AcceptanceOutcome,
  ApproveProject,
  DisburseFunds,
  MidtermResult,
  PlanProject,
  RecordAcceptance,
  RecordFundsRecovered,
  RecordMidtermCheck,
  RejectProposal,
  RequestAcceptance,
  SubmitProposal,
  TechProjectCommand,
  TerminateProject,
  techProjectCommandTypes,
} from './commands';
export { decideTechProject } from './decide';
export {
  AcceptanceRecorded,
  AcceptanceRecordedData,
  AcceptanceRequested,
  AcceptanceRequestedData,
  FundsDisbursed,
  FundsDisbursedData,
  FundsRecovered,
  FundsRecoveredData,
  FundsRecoveryOrdered,
  FundsRecoveryOrderedData,
  MidtermCheckRecorded,
  MidtermCheckRecordedData,
  ProjectApproved,
  ProjectApprovedData,
  ProjectPlanned,
  ProjectPlannedData,
  ProjectTerminated,
  ProjectTerminatedData,
  ProposalRejected,
  ProposalRejectedData,
  ProposalSubmitted,
  ProposalSubmittedData,
  type TechProjectEvent,
  techProjectEventDefinitions,
  techProjectEventRegistry,
} from './events';
export { FundingLevel, Programme, ProgrammeId } from './programme';
export { programmeCatalogue, programmes } from './programmes';
export { ProjectId, TrancheNo } from './projectId';
export type * from './rejections';
export {
  defaultTechProjectRules,
  midtermCheckRules,
  type RectificationPolicy,
  rectificationRules,
  type TargetManagementPolicy,
  type TechProjectRules,
} from './rules';
export {
  evolveTechProject,
  initialTechProjectState,
  type ProjectProfile,
  type ProjectStatus,
  type TechProjectState,
} from './state';
