// Plausible command sequences for one platform: a registration of a random kind, then steps that
// each name a command kind, a date gap and a number to pick values with.
import type { Decider } from '@innoledger/kernel';
import fc from 'fast-check';
import type { Either } from 'fp-ts/lib/Either.js';
import { addDays, yearOf } from '../shared/dates';
import { decodeOrThrow, usccOf } from '../shared/testing/fixtures';
import { arbitraryStepsOf, runSteps as runStepsOf, type Step, type StepBuilders } from '../shared/testing/steps';
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
const INCUBATEE = usccOf('92421202MA4D5E6F7');

const builders: StepBuilders<PlatformState> = {
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

export interface Run {
  readonly platformKind: string;
  readonly steps: readonly Step[];
}

/** A platform of a random kind; its steps move the running date mostly forward, by up to 200 days, sometimes back. */
export const arbitraryRun = (maxLength = 60): fc.Arbitrary<Run> =>
  fc.record({
    platformKind: fc.constantFrom(...KINDS),
    steps: arbitraryStepsOf(builders, { min: -20, max: 200 }, { minLength: Math.min(20, maxLength), maxLength }),
  });

const decode = (type: string, data: Record<string, unknown>): TechPlatformCommand =>
  decodeOrThrow(TechPlatformCommand, { type, data: { platformId: 'run-platform', ...data } }, `generated ${type}`);

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
  const start = '2019-01-10';
  const opening = decode('RegisterPlatform', {
    name: '平台',
    kind: run.platformKind,
    regionId: 'chibi',
    host: { uscc: INCUBATEE },
    registeredOn: start,
  });
  return runStepsOf(decider, { opening, start, builders, decode }, run.steps, visit);
};
