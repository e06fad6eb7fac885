// Drivers that run commands through a decider, for specs only.
import { type Decider, fold } from '@innoledger/kernel';
import { isLeft } from 'fp-ts/lib/Either.js';

type AnyDecider<C, E, S> = Decider<C, E, S, unknown>;

/** The events of deciding `commands` in turn from the initial state; a refused command throws (a fixture, not a test). */
export const acceptedHistory = <C extends { readonly type: string }, E, S>(
  decider: AnyDecider<C, E, S>,
  commands: readonly C[],
): E[] => {
  const events: E[] = [];
  let state = decider.initialState;
  for (const command of commands) {
    const decided = decider.decide(command, state);
    if (isLeft(decided)) throw new Error(`${command.type} refused: ${JSON.stringify(decided.left)}`);
    events.push(...decided.right);
    state = fold(decider, decided.right, state);
  }
  return events;
};

/** Decides `commands` in turn, skipping the refused ones: the state reached and the events accepted. */
export const runAccepted = <C, E, S>(
  decider: AnyDecider<C, E, S>,
  commands: readonly C[],
): { readonly state: S; readonly events: E[] } => {
  const events: E[] = [];
  let state = decider.initialState;
  for (const command of commands) {
    const decided = decider.decide(command, state);
    if (isLeft(decided)) continue;
    events.push(...decided.right);
    state = fold(decider, decided.right, state);
  }
  return { state, events };
};

/** The bare decision on `command` after `events`: for the few specs that match accepted events partly. */
export const decideAfter = <C, E, S, R>(decider: Decider<C, E, S, R>, events: readonly E[], command: C) =>
  decider.decide(command, fold(decider, events));
