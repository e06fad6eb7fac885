import { createCommandBus, defaultDomainConfig } from '@innoledger/core';
import type { EventStore, SimulatedClock } from '@innoledger/kernel';
import { isLeft } from 'fp-ts/lib/Either.js';
import { xianningSchedule } from './history/index';

/** The seed of the example's event ids: open the store with `seededUuidV7(XIANNING_SEED, clock)`. */
export const XIANNING_SEED = 2020;

/** Where the simulated clock starts: before the first fact of the history (an incubator recognised in 2016). */
export const XIANNING_CLOCK_START = '2016-01-01T00:00:00.000Z';

/** Who the history's commands are sent as. */
export const XIANNING_ACTOR = 'xianning-2020-example';

export interface BuildOptions {
  /** Called after each command with the number sent so far and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface BuildResult {
  readonly commands: number;
  readonly events: number;
}

/**
 * Builds Xianning's 2020 history into `store` by sending every command through the deciders, each
 * recorded at its own instant on `clock` (the clock the store was opened with). The same store
 * kind, clock start and id seed give byte-identical events, hashes and seals.
 *
 * A refused command is a bug in the history or in the domain, so it throws, naming the command.
 */
export const buildXianning2020 = async (
  store: EventStore,
  clock: SimulatedClock,
  options: BuildOptions = {},
): Promise<BuildResult> => {
  const bus = createCommandBus(defaultDomainConfig);
  const schedule = xianningSchedule();
  let events = 0;
  for (const [index, { recordAt, command, source }] of schedule.entries()) {
    clock.set(recordAt);
    const context = {
      commandId: `xianning-2020/${index}`,
      actor: XIANNING_ACTOR,
      ...(source === undefined ? {} : { source }),
    };
    const sent = await bus.send(store, command, context);
    if (isLeft(sent))
      throw new Error(
        `xianning-2020: command ${index} (${command.type}, recorded ${recordAt}) was refused: ${JSON.stringify(sent.left)}\ncommand: ${JSON.stringify(command)}`,
      );
    events += sent.right.events.length;
    options.onProgress?.(index + 1, schedule.length);
  }
  return { commands: schedule.length, events };
};
