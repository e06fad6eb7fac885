import { type Decider, fold } from '@innoledger/kernel';
import { isLeft, right } from 'fp-ts/lib/Either.js';
import { assert, expect } from 'vitest';

const show = (value: unknown): string => {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
};

/** The outcome half of a decider spec. */
export interface DeciderSpecWhen<E, S, R> {
  /**
   * Asserts that the command is accepted with exactly these events (compared with `toEqual`), folds
   * them into the state so an `evolve` that cannot take them fails too, and returns that state.
   * Not a promise: call it, never `await` it.
   */
  then(expected: readonly E[]): S;
  /** Asserts that the command is refused with exactly this rejection (compared with `toEqual`). */
  thenRejects(expected: R): void;
}

export interface DeciderSpecGiven<C, E, S, R> {
  when(command: C): DeciderSpecWhen<E, S, R>;
}

export interface DeciderSpec<C, E, S, R> extends DeciderSpecGiven<C, E, S, R> {
  /** The events already in the stream, folded from the decider's initial state. */
  given(events: readonly E[]): DeciderSpecGiven<C, E, S, R>;
}

/**
 * Given/when/then for a pure decider, in vitest:
 *
 * ```ts
 * deciderSpec(enterprise.decider)
 *   .given([registered])
 *   .when(certify)
 *   .then([certified]);
 * deciderSpec(enterprise.decider).when(certify).thenRejects({ _tag: 'EnterpriseNotRegistered', enterpriseId });
 * ```
 */
export const deciderSpec = <C, E, S, R>(decider: Decider<C, E, S, R>): DeciderSpec<C, E, S, R> => {
  const when =
    (given: readonly E[]) =>
    (command: C): DeciderSpecWhen<E, S, R> => {
      const state = fold(decider, given);
      return {
        // biome-ignore lint/suspicious/noThenProperty: given/when/then is the vocabulary domain engineers asked for
        then: (expected) => {
          if (typeof expected === 'function')
            throw new TypeError(
              'deciderSpec(...).when(...) is not a promise: call .then(expectedEvents), do not await',
            );
          const decided = decider.decide(command, state);
          if (isLeft(decided))
            assert.fail(`expected events ${show(expected)}, but the command was rejected: ${show(decided.left)}`);
          expect(decided).toEqual(right(expected));
          return fold(decider, expected, state);
        },
        thenRejects: (expected) => {
          const decided = decider.decide(command, state);
          if (!isLeft(decided))
            assert.fail(`expected rejection ${show(expected)}, but the command was accepted: ${show(decided.right)}`);
          expect(decided).toEqual({ _tag: 'Left', left: expected });
        },
      };
    };
  return { given: (events) => ({ when: when(events) }), when: when([]) };
};
