import type { WorkPlanEvent } from '@innoledger/core';
import { addFlowWithBreakdown } from '../flows';
import type { Ledger } from '../ledger';
import { targetKey } from '../targets';

/** Trainings and lectures are what `services.trainings` counts (培训与讲座). */
const TRAINING_KINDS = new Set(['training', 'lecture']);

/** Folds a WorkPlan event into the ledger: targets (latest revision wins) and service activities. */
export const applyWorkPlanEvent = (ledger: Ledger, event: WorkPlanEvent): void => {
  switch (event.type) {
    case 'TargetSet':
    case 'TargetRevised': {
      const d = event.data;
      ledger.targets[targetKey(d.regionId, d.year, d.indicatorId)] = d.value;
      return;
    }
    case 'ServiceActivityHeld': {
      const d = event.data;
      if (TRAINING_KINDS.has(d.kind))
        addFlowWithBreakdown(ledger.flows, 'services.trainings', d.kind, d.regionId, d.heldOn, 1);
      return;
    }
    default:
      return;
  }
};
