import type { AchievementEvent } from '@innoledger/core';
import { addFlowWithBreakdown } from '../flows';
import type { Ledger } from '../ledger';

/** Levels that count as 省级以上 for awards. */
const PROVINCIAL_OR_ABOVE = new Set(['provincial', 'national']);

/** Folds an Achievement event into the ledger. */
export const applyAchievementEvent = (ledger: Ledger, event: AchievementEvent): void => {
  const { flows } = ledger;
  switch (event.type) {
    case 'AchievementRegistered': {
      const d = event.data;
      addFlowWithBreakdown(flows, 'achievements.registered', d.level, d.regionId, d.registeredOn, 1);
      return;
    }
    case 'AchievementTransformationStarted': {
      const d = event.data;
      addFlowWithBreakdown(flows, 'achievements.transformed', 'all', d.regionId, d.startedOn, 1);
      return;
    }
    case 'AwardApplied': {
      const d = event.data;
      if (PROVINCIAL_OR_ABOVE.has(d.level))
        addFlowWithBreakdown(flows, 'awards.applications', d.level, d.regionId, d.appliedOn, 1);
      return;
    }
    case 'AwardWon': {
      const d = event.data;
      if (PROVINCIAL_OR_ABOVE.has(d.level))
        addFlowWithBreakdown(flows, 'awards.won', d.level, d.regionId, d.decidedOn, 1);
      return;
    }
    default:
      return;
  }
};
