import type {
  AchievementEvent,
  ContractRegistrationEvent,
  EnterpriseEvent,
  StatisticalReleaseEvent,
  TechPlatformEvent,
  TechProjectEvent,
  WorkPlanEvent,
} from '@innoledger/core';
import {
  achievement,
  contractRegistration,
  enterprise,
  statisticalRelease,
  techPlatform,
  techProject,
  workPlan,
} from '@innoledger/core';
import type { Event, Projection } from '@innoledger/kernel';
import { applyAchievementEvent } from './apply/achievement';
import { applyContractRegistrationEvent } from './apply/contractRegistration';
import { applyEnterpriseEvent } from './apply/enterprise';
import { applyStatisticalReleaseEvent } from './apply/statisticalRelease';
import { applyTechPlatformEvent } from './apply/techPlatform';
import { applyTechProjectEvent } from './apply/techProject';
import { applyWorkPlanEvent } from './apply/workPlan';
import { emptyLedger, type Ledger } from './ledger';

/** Every domain event the ledger reads. */
export type DomainEvent =
  | EnterpriseEvent
  | TechPlatformEvent
  | TechProjectEvent
  | ContractRegistrationEvent
  | AchievementEvent
  | StatisticalReleaseEvent
  | WorkPlanEvent;

type Apply = (ledger: Ledger, event: DomainEvent) => void;

// One table from event type to the fold of its aggregate, built from the modules' own event lists
// so a new event type cannot be silently missed by a hand-written switch.
const byType = new Map<string, Apply>();
const route = (events: readonly { readonly type: string }[], apply: Apply) => {
  for (const e of events) byType.set(e.type, apply);
};
route(enterprise.events, applyEnterpriseEvent as Apply);
route(techPlatform.events, applyTechPlatformEvent as Apply);
route(techProject.events, applyTechProjectEvent as Apply);
route(contractRegistration.events, applyContractRegistrationEvent as Apply);
route(achievement.events, applyAchievementEvent as Apply);
route(statisticalRelease.events, applyStatisticalReleaseEvent as Apply);
route(workPlan.events, applyWorkPlanEvent as Apply);

/**
 * The one projection behind every standard indicator. Its view is the {@link Ledger}; `apply`
 * mutates the ledger it is given, which the runner owns for the length of a run, because copying a
 * ledger per event would make a rebuild quadratic.
 */
export const ledgerProjection: Projection<Ledger, Event> = {
  name: 'innoledger.indicators.ledger',
  version: 1,
  init: emptyLedger,
  apply: (ledger, event) => {
    byType.get(event.type)?.(ledger, event as unknown as DomainEvent);
    return ledger;
  },
  eventTypes: [...byType.keys()],
};
