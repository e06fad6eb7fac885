import {
  type BuildResult,
  buildXianning2020,
  XIANNING_CLOCK_START,
  XIANNING_SEED,
} from '@innoledger/example-xianning-2020';
import { InMemoryEventStore, SimulatedClock, seededUuidV7 } from '@innoledger/kernel';

/** Xianning's history built into a fresh in-memory store, the way every store variant builds it. */
export const xianningInMemory = async (): Promise<{ store: InMemoryEventStore; build: BuildResult }> => {
  const clock = new SimulatedClock(XIANNING_CLOCK_START);
  const store = new InMemoryEventStore({ clock, newEventId: seededUuidV7(XIANNING_SEED, clock) });
  const build = await buildXianning2020(store, clock);
  return { store, build };
};
