// A deliberately small aggregate for the concurrency tests: a counter with a cap, so that some
// commands are refused with a typed reason and the rest must each land exactly once.
import { commandHandler, createEventRegistry, type Decider, defineEvent } from '@innoledger/kernel';
import { left, right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';

export const CAP = 90;

export interface Increment {
  readonly type: 'Increment';
  readonly data: { readonly by: string; readonly n: number };
}
export interface Incremented {
  readonly type: 'Incremented';
  readonly data: { readonly by: string; readonly n: number; readonly count: number };
}
export interface CapReached {
  readonly _tag: 'CapReached';
  readonly count: number;
}

const registry = createEventRegistry([
  defineEvent('Incremented', t.type({ by: t.string, n: t.number, count: t.number })),
]);

export const counter: Decider<Increment, Incremented, { count: number }, CapReached> = {
  initialState: { count: 0 },
  decide: (command, state) =>
    state.count >= CAP
      ? left({ _tag: 'CapReached', count: state.count })
      : right([{ type: 'Incremented', data: { ...command.data, count: state.count + 1 } }]),
  evolve: (_state, event) => ({ count: event.data.count }),
};

export const handleIncrement = commandHandler({
  decider: counter,
  registry,
  occurredAt: () => '2020-03-01',
  maxAttempts: 1000,
});

/** What each writer reports. */
export interface WriterReport {
  readonly applied: string[];
  readonly duplicates: string[];
  readonly rejected: Record<string, number>;
}
