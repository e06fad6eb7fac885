import type { Either } from 'fp-ts/lib/Either.js';

/**
 * The pure core of an aggregate. `decide` turns a command into events or a typed rejection;
 * `evolve` folds one event into state. No I/O and no clock: business time comes in the command.
 */
export interface Decider<Command, Event, State, Rejection> {
  readonly initialState: State;
  readonly decide: (command: Command, state: State) => Either<Rejection, readonly Event[]>;
  readonly evolve: (state: State, event: Event) => State;
}

/** Folds events into state, starting from `state` (the decider's initial state by default). */
export const fold = <E, S>(
  decider: Pick<Decider<unknown, E, S, unknown>, 'initialState' | 'evolve'>,
  events: Iterable<E>,
  state: S = decider.initialState,
): S => {
  let current = state;
  for (const event of events) current = decider.evolve(current, event);
  return current;
};
