// Plausible command sequences for one platform: a registration of a random kind, then steps that
// each name a command kind, a date gap and a number to pick values with.
import { type Decider, fold } from '@innoledger/kernel';
import fc from 'fast-check';
import { type Either, isLeft } from 'fp-ts/lib/Either.js';
import { addDays, yearOf } from '../shared/dates';
import { usccCheckCharacter } from '../shared/uscc';
import { TechPlatformCommand } from './commands';
import type { TechPlatformEvent } from './events';
import type { TechPlatformRejection } from './rejections';
import type { PlatformState } from './state';

const LEVELS = ['municipal', 'provincial', 'national'];
const KINDS = [
  'maker-space',
  'incubator',
  'star-innovation-base',
  'new-type-rd-institution',
  'engineering-research-centre',
  'industrial-technology-research-institute',
  'agricultural-demonstration-base',
  'agricultural-park',
];
const INCUBATEE = `92421202MA4D5E6F7${usccCheckCharacter('92421202MA4D5E6F7')}`;

type Build = (on: string, p: number) => { type: string; data: Record<string, unknown> };

const builders: Readonly<Record<string, readonly [number, Build]>> = {
  FilePlatform: [4, (on, p) => ({ type: 'FilePlatform', data: { level: LEVELS[p % 3], on } })],
  RecognisePlatform: [2, (on, p) => ({ type: 'RecognisePlatform', data: { level: LEVELS[p % 3], on } })],
  // D is over-weighted so consecutive unqualified years happen.
  RecordAnnualGrade: [
    5,
    (on, p) => ({
      type: 'RecordAnnualGrade',
      data: { year: yearOf(on) - (p % 2), grade: ['A', 'B', 'C', 'D', 'D', 'D'][p % 6], gradedOn: on },
    }),
  ],
  RevokePlatform: [
    1,
    (on, p) => ({
      type: 'RevokePlatform',
      data: { reason: ['fraud', 'failed-recheck', 'voluntary'][p % 3], revokedOn: on },
    }),
  ],
  GrantRentRelief: [
    2,
    (on, p) => ({
      type: 'GrantRentRelief',
      data: { incubateeUscc: INCUBATEE, amount: (p % 4) * 100_000, from: on, to: addDays(on, (p % 200) - 20) },
    }),
  ],
};

export interface Step {
  readonly kind: string;
  readonly gap: number;
  readonly pick: number;
}

export interface Run {
  readonly platformKind: string;
  readonly steps: readonly Step[];
}

export const arbitraryRun = (maxLength = 60): fc.Arbitrary<Run> =>
  fc.record({
    platformKind: fc.constantFrom(...KINDS),
    steps: fc.array(
      fc.record({
        kind: fc.oneof(
          ...Object.entries(builders).map(([kind, [weight]]) => ({ weight, arbitrary: fc.constant(kind) })),
        ),
        // Days to move the running date by: mostly forward, by up to a year, sometimes back.
        gap: fc.integer({ min: -20, max: 200 }),
        pick: fc.nat({ max: 10_000 }),
      }),
      { minLength: Math.min(20, maxLength), maxLength },
    ),
  });

const decode = (type: string, data: Record<string, unknown>): TechPlatformCommand => {
  const decoded = TechPlatformCommand.decode({ type, data: { platformId: 'run-platform', ...data } });
  if (isLeft(decoded)) throw new Error(`generated an invalid command ${type} ${JSON.stringify(data)}`);
  return decoded.right;
};

/** Registers the platform, runs the steps from 2019-01-10 and shows `visit` each decision and the state after. */
export const runSteps = (
  decider: Decider<TechPlatformCommand, TechPlatformEvent, PlatformState, TechPlatformRejection>,
  run: Run,
  visit: (
    command: TechPlatformCommand,
    decision: Either<TechPlatformRejection, readonly TechPlatformEvent[]>,
    state: PlatformState,
  ) => void,
): PlatformState => {
  let state = decider.initialState;
  let on = '2019-01-10';
  const register = decode('RegisterPlatform', {
    name: '平台',
    kind: run.platformKind,
    regionId: 'chibi',
    host: { uscc: INCUBATEE },
    registeredOn: on,
  });
  for (const [i, step] of [undefined, ...run.steps].entries()) {
    let command = register;
    if (step !== undefined) {
      on = addDays(on, step.gap);
      const build = builders[step.kind]?.[1];
      if (build === undefined) throw new Error(`no builder ${step.kind}`);
      const built = build(on, step.pick + i);
      command = decode(built.type, built.data);
    }
    const decision = decider.decide(command, state);
    if (!isLeft(decision)) state = fold(decider, decision.right, state);
    visit(command, decision, state);
  }
  return state;
};
