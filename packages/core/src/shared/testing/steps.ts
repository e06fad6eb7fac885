// Random runs of one stream: each step names a command kind, a number of days to move the running
// date by and a number to pick values with; the command is built from the state reached so far, so
// runs get deep into a lifecycle instead of bouncing off "not found".
import type { Decider } from '@innoledger/kernel';
import { fold } from '@innoledger/kernel';
import fc from 'fast-check';
import { type Either, isLeft } from 'fp-ts/lib/Either.js';
import { addDays } from '../dates';

export interface Step {
  /** The command kind: a key of the builders. */
  readonly kind: string;
  /** Days to move the running date by (negative: back). */
  readonly gap: number;
  readonly pick: number;
}

/** Builds a step's command (type and raw data) from its date, a pick and the state reached. */
export type StepBuilder<S> = (on: string, pick: number, state: S) => { type: string; data: Record<string, unknown> };

/** Builders by kind, each with the weight its kind is drawn with. */
export type StepBuilders<S> = Readonly<Record<string, readonly [number, StepBuilder<S>]>>;

/** Steps of the builders' kinds, drawn by weight, moving the date by `gap.min`..`gap.max` days. */
export const arbitraryStepsOf = <S>(
  builders: StepBuilders<S>,
  gap: { readonly min: number; readonly max: number },
  length: { readonly minLength: number; readonly maxLength: number },
): fc.Arbitrary<readonly Step[]> =>
  fc.array(
    fc.record({
      kind: fc.oneof(...Object.entries(builders).map(([kind, [weight]]) => ({ weight, arbitrary: fc.constant(kind) }))),
      gap: fc.integer(gap),
      pick: fc.nat({ max: 10_000 }),
    }),
    length,
  );

export interface StepRun<C, S> {
  /** The first command (e.g. the registration), decided before the steps. */
  readonly opening: C;
  /** The running date the first step's gap moves from. */
  readonly start: string;
  readonly builders: StepBuilders<S>;
  /** Decodes a built command (a generator bug when it does not decode, so throw). */
  readonly decode: (type: string, data: Record<string, unknown>) => C;
}

/**
 * Decides `run.opening`, then each step's command, from the decider's initial state, folding
 * accepted events; `visit` sees every command, its decision and the state after it.
 */
export const runSteps = <C, E, S, R>(
  decider: Decider<C, E, S, R>,
  run: StepRun<C, S>,
  steps: readonly Step[],
  visit: (command: C, decision: Either<R, readonly E[]>, state: S) => void,
): S => {
  let state = decider.initialState;
  let on = run.start;
  for (const [i, step] of [undefined, ...steps].entries()) {
    let command = run.opening;
    if (step !== undefined) {
      on = addDays(on, step.gap);
      const build = run.builders[step.kind]?.[1];
      if (build === undefined) throw new Error(`no builder ${step.kind}`);
      const built = build(on, step.pick + i, state);
      command = run.decode(built.type, built.data);
    }
    const decision = decider.decide(command, state);
    if (!isLeft(decision)) state = fold(decider, decision.right, state);
    visit(command, decision, state);
  }
  return state;
};
