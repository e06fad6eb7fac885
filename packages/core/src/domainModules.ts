import { createEventRegistry, type Event, type EventRegistry } from '@innoledger/kernel';
import { achievement } from './achievement/index';
import { contractRegistration } from './contractRegistration/index';
import { enterprise } from './enterprise/index';
import { statisticalRelease } from './statisticalRelease/index';
import { techPlatform } from './techPlatform/index';
import { techProject } from './techProject/index';
import { workPlan } from './workPlan/index';

/** The seven aggregates of the bureau's domain. */
export const domainModules = [
  enterprise,
  techPlatform,
  techProject,
  contractRegistration,
  achievement,
  statisticalRelease,
  workPlan,
] as const;

/** Decodes (and upcasts) every domain event: what projections over the whole history use. */
export const domainEventRegistry: EventRegistry<Event> = createEventRegistry(domainModules.flatMap((m) => m.events));
