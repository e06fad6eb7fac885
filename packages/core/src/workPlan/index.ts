import type { AggregateModule } from '../shared/aggregateModule';
import { WorkPlanCommand, workPlanCommandTypes } from './commands';
import { decideWorkPlan } from './decide';
import { type WorkPlanEvent, workPlanEventDefinitions, workPlanEventRegistry } from './events';
import type { WorkPlanRejection } from './rejections';
import { evolveWorkPlan, initialWorkPlanState, type WorkPlanState } from './state';

export {
  IssuePolicyDocument,
  RecordServiceActivity,
  ReviseTarget,
  SetTarget,
  WorkPlanCommand,
  workPlanCommandTypes,
} from './commands';
export { decideWorkPlan } from './decide';
export {
  PolicyDocumentIssued,
  PolicyDocumentIssuedData,
  ServiceActivityHeld,
  ServiceActivityHeldData,
  TargetRevised,
  TargetRevisedData,
  TargetSet,
  TargetSetData,
  type WorkPlanEvent,
  workPlanEventDefinitions,
  workPlanEventRegistry,
} from './events';
export { ActivityId, DocumentId, IndicatorId } from './ids';
export type {
  DateOutsidePlan,
  InvalidTargetValue,
  PlaceholderDocumentNo,
  PlanKey,
  PlanMismatch,
  PolicyDocumentAlreadyIssued,
  RevisionBeforeCurrent,
  ServiceActivityAlreadyRecorded,
  TargetAlreadySet,
  TargetNotSet,
  TargetUnchanged,
  WorkPlanRejection,
} from './rejections';
export { evolveWorkPlan, initialWorkPlanState, type TargetState, type WorkPlanState } from './state';
export { Count, fitsUnit, ServiceActivityKind, TargetUnit, TargetValue } from './vocabulary';

const occurredAt = (event: WorkPlanEvent): string => {
  switch (event.type) {
    case 'TargetSet':
      return event.data.setOn;
    case 'TargetRevised':
      return event.data.revisedOn;
    case 'PolicyDocumentIssued':
      return event.data.issuedOn;
    case 'ServiceActivityHeld':
      return event.data.heldOn;
  }
};

/** The WorkPlan aggregate (年度工作计划): stream `workPlan-${regionId}-${year}`. */
export const workPlan: AggregateModule<WorkPlanCommand, WorkPlanEvent, WorkPlanState, WorkPlanRejection> = {
  name: 'workPlan',
  commands: WorkPlanCommand,
  commandTypes: workPlanCommandTypes,
  events: workPlanEventDefinitions,
  registry: workPlanEventRegistry,
  decider: (config) => ({ initialState: initialWorkPlanState, decide: decideWorkPlan(config), evolve: evolveWorkPlan }),
  streamId: (command) => `workPlan-${command.data.regionId}-${command.data.year}`,
  occurredAt,
};
