import type { BusinessDate } from '@innoledger/kernel';
import type { WorkPlanEvent } from './events';
import type { ActivityId, DocumentId, IndicatorId } from './ids';
import type { PlanKey } from './rejections';
import type { TargetUnit, TargetValue } from './vocabulary';

export interface TargetState {
  readonly indicatorId: IndicatorId;
  readonly unit: TargetUnit;
  readonly value: TargetValue;
  /** When the current value was set or last revised. */
  readonly since: BusinessDate;
  readonly revisions: number;
}

/** Plain JSON (arrays, no maps) so that a snapshot stores and restores it as is. */
export interface WorkPlanState {
  readonly plan?: PlanKey;
  readonly targets: readonly TargetState[];
  readonly documents: readonly { readonly documentId: DocumentId; readonly issuedOn: BusinessDate }[];
  readonly activities: readonly { readonly activityId: ActivityId; readonly heldOn: BusinessDate }[];
}

export const initialWorkPlanState: WorkPlanState = { targets: [], documents: [], activities: [] };

/** Folds one event into the state. */
export const evolveWorkPlan = (state: WorkPlanState, event: WorkPlanEvent): WorkPlanState => {
  const next: WorkPlanState = { ...state, plan: { regionId: event.data.regionId, year: event.data.year } };
  switch (event.type) {
    case 'TargetSet': {
      const { indicatorId, unit, value, setOn } = event.data;
      return { ...next, targets: [...next.targets, { indicatorId, unit, value, since: setOn, revisions: 0 }] };
    }
    case 'TargetRevised': {
      const { indicatorId, value, revisedOn, revision } = event.data;
      return {
        ...next,
        targets: next.targets.map((t) =>
          t.indicatorId === indicatorId ? { ...t, value, since: revisedOn, revisions: revision } : t,
        ),
      };
    }
    case 'PolicyDocumentIssued': {
      const { documentId, issuedOn } = event.data;
      return { ...next, documents: [...next.documents, { documentId, issuedOn }] };
    }
    case 'ServiceActivityHeld': {
      const { activityId, heldOn } = event.data;
      return { ...next, activities: [...next.activities, { activityId, heldOn }] };
    }
  }
};
