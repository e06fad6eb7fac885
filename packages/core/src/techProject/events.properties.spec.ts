import type { BusinessDate } from '@innoledger/kernel';
import fc from 'fast-check';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/dates';
import type { Fen } from '../shared/money';
import { codecRoundTrips } from '../shared/testing/codecRoundTrips';
import { commandArbitraries, eventArbitraries } from './arbitraries';
import { TechProjectCommand, techProjectCommandTypes } from './commands';
import { type TechProjectEvent, techProjectEventDefinitions, techProjectEventRegistry } from './events';
import { decide, HOUFU, PROJECT, region, text } from './fixtures';
import { programmes } from './programmes';
import type { TrancheNo } from './projectId';
import { evolveTechProject, initialTechProjectState, type TechProjectState } from './state';

describe('TechProject codecs round-trip', () => {
  codecRoundTrips({
    commands: TechProjectCommand,
    commandTypes: techProjectCommandTypes,
    commandArbitraries,
    definitions: techProjectEventDefinitions,
    eventArbitraries,
    registry: techProjectEventRegistry,
  });
});

// Random lives of one project: commands of every kind, dates mostly moving forward across the
// target-management date, amounts around the thresholds, so many are accepted and many refused.
const amountArb = fc.constantFrom(5_000_000, 20_000_000, 50_000_000, 1, 19_999_999, 20_000_001, 0).map((n) => n as Fen);
const recoveryArb = fc.constantFrom(1, 5_000_000, 20_000_000, 0, 50_000_000).map((n) => n as Fen);
type Step = (on: BusinessDate) => TechProjectCommand;
/** A proposal; `full` gives the profile, which a proposal without a plan needs. */
const submit =
  (requestedAmount: Fen, full: boolean): Step =>
  (on) => ({
    type: 'SubmitProposal',
    data: {
      projectId: PROJECT,
      requestedAmount,
      submittedOn: on,
      ...(full
        ? { title: text('t'), programme: programmes.xianningMunicipal, applicant: HOUFU, regionId: region('xianan') }
        : {}),
    },
  });
const approve =
  (grant: Fen): Step =>
  (on) => ({ type: 'ApproveProject', data: { projectId: PROJECT, grant, approvedOn: on } });
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc.constantFrom(programmes.xianningMunicipal, programmes.hubeiKeyRnd).map(
      (programme): Step =>
        (on) => ({
          type: 'PlanProject',
          data: {
            projectId: PROJECT,
            title: text('t'),
            programme,
            applicant: HOUFU,
            regionId: region('chibi'),
            plannedOn: on,
          },
        }),
    ),
    weight: 1,
  },
  {
    arbitrary: fc.tuple(amountArb, fc.boolean()).map(([requestedAmount, full]) => submit(requestedAmount, full)),
    weight: 2,
  },
  { arbitrary: amountArb.map(approve), weight: 2 },
  {
    arbitrary: fc.constant<Step>((on) => ({
      type: 'RejectProposal',
      data: { projectId: PROJECT, reason: text('r'), rejectedOn: on },
    })),
    weight: 1,
  },
  {
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), amountArb).map(
      ([trancheNo, amount]): Step =>
        (on) => ({
          type: 'DisburseFunds',
          data: { projectId: PROJECT, trancheNo: trancheNo as TrancheNo, amount, disbursedOn: on },
        }),
    ),
    weight: 4,
  },
  {
    arbitrary: fc.constant<Step>((on) => ({
      type: 'RecordMidtermCheck',
      data: { projectId: PROJECT, checkedOn: on, result: 'satisfactory' },
    })),
    weight: 1,
  },
  {
    arbitrary: fc.constant<Step>((on) => ({
      type: 'RequestAcceptance',
      data: { projectId: PROJECT, requestedOn: on },
    })),
    weight: 1,
  },
  {
    arbitrary: fc.constantFrom('passed', 'rectification-required', 'failed', 'closed' as const).map(
      (outcome): Step =>
        (on) => ({ type: 'RecordAcceptance', data: { projectId: PROJECT, outcome, decidedOn: on } }),
    ),
    weight: 2,
  },
  {
    arbitrary: recoveryArb.map(
      (recoverAmount): Step =>
        (on) => ({
          type: 'TerminateProject',
          data: { projectId: PROJECT, reason: text('r'), terminatedOn: on, recoverAmount },
        }),
    ),
    weight: 3,
  },
  {
    arbitrary: recoveryArb.map(
      (amount): Step =>
        (on) => ({ type: 'RecordFundsRecovered', data: { projectId: PROJECT, amount, recoveredOn: on } }),
    ),
    weight: 3,
  },
);
const gapArb = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 90 }), weight: 9 },
  { arbitrary: fc.constant(-1), weight: 1 },
);
// Most lives open with a proposal and an approval, so the tail reaches funding, checks and recovery.
const openingArb = fc
  .tuple(amountArb, amountArb, fc.integer({ min: 0, max: 4 }))
  .map(([requestedAmount, grant, length]) =>
    [submit(requestedAmount, true), approve(grant)]
      .slice(0, Math.min(length, 2))
      .map((step): [Step, number] => [step, 10]),
  );
const lifeArb = fc
  .tuple(openingArb, fc.array(fc.tuple(stepArb, gapArb), { minLength: 5, maxLength: 40, size: 'max' }))
  .map(([opening, tail]) => [...opening, ...tail]);

const checkInvariants = (state: TechProjectState, events: readonly TechProjectEvent[]) => {
  expect(state.disbursed).toBeLessThanOrEqual(state.grant);
  expect(state.grant).toBeLessThanOrEqual(state.requestedAmount);
  expect(state.recovered).toBeLessThanOrEqual(state.recoveryOrdered);
  expect(state.recoveryOrdered).toBeLessThanOrEqual(state.disbursed);
  expect(state.status === 'none' || state.profile !== undefined).toBe(true);
  for (const event of events) {
    expect(isRight(techProjectEventRegistry.encode(event))).toBe(true);
    if (
      event.type === 'MidtermCheckRecorded' &&
      event.data.fundingLevel === 'municipal' &&
      event.data.grant <= 20_000_000
    )
      expect(event.data.checkedOn < '2020-07-01').toBe(true);
  }
};

describe('TechProject invariants under random command sequences', () => {
  it('never disburses above the grant, recovers above the order, or checks a target-managed project', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(lifeArb, (life) => {
        let state = initialTechProjectState;
        let on = '2019-01-01' as BusinessDate;
        for (const [step, gap] of life) {
          on = addDays(on, gap) as BusinessDate;
          const decided = decide()(step(on), state);
          if (isRight(decided)) {
            state = decided.right.reduce(evolveTechProject, state);
            checkInvariants(state, decided.right);
            for (const event of decided.right) seen.add(event.type);
          }
        }
      }),
      // A fresh seed each run: 500 lives missed every recovery for 1 seed in 200 (and failed a CI
      // run on the coverage check below); four times as many make that about (1/200)^4.
      { numRuns: 2000 },
    );
    // The generator must reach deep into the lifecycle, or the invariants above prove little.
    expect([...seen].sort()).toEqual(techProjectEventDefinitions.map((d) => d.type).sort());
  });
});
