import type { BusinessDate } from '@innoledger/kernel';
import fc from 'fast-check';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/dates';
import type { Fen } from '../shared/money';
import { codecRoundTrips } from '../shared/testing/codecRoundTrips';
import { commandArbitraries, eventArbitraries } from './arbitraries';
import {
  ContractRegistrationCommand as CommandCodec,
  type ContractRegistrationCommand,
  contractRegistrationCommandTypes,
} from './commands';
import {
  type ContractRegistrationEvent,
  contractRegistrationEventDefinitions,
  contractRegistrationEventRegistry,
} from './events';
import { BUYER, CONTRACT, decide, REG_NO, SELLER, text } from './fixtures';
import { type ContractRegistrationState, evolveContractRegistration, initialContractRegistrationState } from './state';
import type { ContractSubtype, ContractType } from './terms';

describe('ContractRegistration codecs round-trip', () => {
  codecRoundTrips({
    commands: CommandCodec,
    commandTypes: contractRegistrationCommandTypes,
    commandArbitraries,
    definitions: contractRegistrationEventDefinitions,
    eventArbitraries,
    registry: contractRegistrationEventRegistry,
  });
});

// Random lives of one contract around the 2021 change of rules: types and subtypes from both rule
// sets, amounts around each other, dates moving forward with the odd step back.
const amountArb = fc.constantFrom(30_000_000, 50_000_000, 40_000_000, 0, 1).map((n) => n as Fen);
const typeArb = fc.constantFrom<[ContractType, ContractSubtype | undefined]>(
  ['development', 'commissioned-development'],
  ['transfer', 'patent-licensing'],
  ['licensing', 'patent-licensing'],
  ['consulting', undefined],
  ['service', 'technical-training'],
  ['consulting', 'technical-training'],
);
type Step = (on: BusinessDate) => ContractRegistrationCommand;
const submit =
  ([contractType, subtype]: [ContractType, ContractSubtype | undefined], gross: Fen, tech: Fen): Step =>
  (on) => ({
    type: 'SubmitContractForRegistration',
    data: {
      contractNo: CONTRACT,
      title: text('t'),
      contractType,
      ...(subtype === undefined ? {} : { subtype }),
      grossAmount: gross,
      techAmount: tech,
      seller: SELLER,
      buyer: BUYER,
      signedOn: '2020-09-01' as BusinessDate,
      submittedOn: on,
      written: true,
    },
  });
const accept: Step = (on) => ({
  type: 'AcceptRegistrationApplication',
  data: { contractNo: CONTRACT, acceptedOn: on },
});
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.tuple(typeArb, amountArb, amountArb).map(([type, gross, tech]) => submit(type, gross, tech)),
  fc.constant(accept),
  {
    arbitrary: fc.option(amountArb, { nil: undefined }).map(
      (verified): Step =>
        (on) => ({
          type: 'RegisterContract',
          data: {
            contractNo: CONTRACT,
            registrationNo: REG_NO,
            registeredOn: on,
            ...(verified === undefined ? {} : { verifiedTechAmount: verified }),
          },
        }),
    ),
    weight: 3,
  },
  fc.constant<Step>((on) => ({
    type: 'RequestCorrection',
    data: { contractNo: CONTRACT, reason: text('r'), requestedOn: on },
  })),
  fc.tuple(typeArb, amountArb, fc.boolean()).map(
    ([[contractType, subtype], techAmount, retype]): Step =>
      (on) => ({
        type: 'ResubmitContract',
        data: {
          contractNo: CONTRACT,
          resubmittedOn: on,
          techAmount,
          ...(retype ? { contractType, ...(subtype === undefined ? {} : { subtype }) } : {}),
        },
      }),
  ),
  fc.constant<Step>((on) => ({
    type: 'RefuseRegistration',
    data: { contractNo: CONTRACT, reason: 'other', refusedOn: on },
  })),
  {
    arbitrary: fc.tuple(amountArb, amountArb).map(
      ([grossAmount, techAmount]): Step =>
        (on) => ({ type: 'AmendRegistration', data: { contractNo: CONTRACT, grossAmount, techAmount, amendedOn: on } }),
    ),
    weight: 2,
  },
  fc.constant<Step>((on) => ({
    type: 'RevokeRegistration',
    data: { contractNo: CONTRACT, reason: 'fraud', revokedOn: on },
  })),
);
const openingArb = fc
  .tuple(typeArb, fc.integer({ min: 0, max: 2 }))
  .map(([type, length]) => [submit(type, 50_000_000 as Fen, 40_000_000 as Fen), accept].slice(0, length));
const gapArb = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 25 }), weight: 9 },
  { arbitrary: fc.constant(-1), weight: 1 },
);
const lifeArb = fc
  .tuple(
    openingArb,
    fc.date({ min: new Date('2020-09-01T00:00:00Z'), max: new Date('2021-02-01T00:00:00Z'), noInvalidDate: true }),
    fc.array(fc.tuple(stepArb, gapArb), { minLength: 3, maxLength: 30, size: 'max' }),
  )
  .map(([opening, start, tail]) => ({
    start: start.toISOString().slice(0, 10),
    steps: [...opening.map((s): [Step, number] => [s, 1]), ...tail],
  }));

/** What an indicator books event by event: count, gross and tech, as registered, amended, revoked. */
const book = (totals: { count: number; gross: number; tech: number }, event: ContractRegistrationEvent) => {
  if (event.type === 'ContractRegistered')
    return {
      count: totals.count + 1,
      gross: totals.gross + event.data.grossAmount,
      tech: totals.tech + event.data.techAmount,
    };
  if (event.type === 'RegistrationAmended')
    return {
      count: totals.count,
      gross: totals.gross + event.data.grossAmount - event.data.previousGrossAmount,
      tech: totals.tech + event.data.techAmount - event.data.previousTechAmount,
    };
  if (event.type === 'RegistrationRevoked')
    return {
      count: totals.count - 1,
      gross: totals.gross - event.data.grossAmount,
      tech: totals.tech - event.data.techAmount,
    };
  return totals;
};

const checkState = (state: ContractRegistrationState, totals: { count: number; gross: number; tech: number }) => {
  if (state.terms) expect(state.terms.techAmount).toBeLessThanOrEqual(state.terms.grossAmount);
  if (state.registration) expect(state.registration.techAmount).toBeLessThanOrEqual(state.registration.grossAmount);
  const live = state.status === 'registered' ? state.registration : undefined;
  expect(totals).toEqual({ count: live ? 1 : 0, gross: live?.grossAmount ?? 0, tech: live?.techAmount ?? 0 });
};

const checkEvent = (event: ContractRegistrationEvent, state: ContractRegistrationState) => {
  expect(isRight(contractRegistrationEventRegistry.encode(event))).toBe(true);
  if (event.type !== 'ContractRegistered') return;
  const { contractType, subtype, registeredOn } = event.data;
  if (contractType === 'licensing') expect(registeredOn >= '2021-01-01').toBe(true);
  if (contractType === 'transfer' && subtype === 'patent-licensing') expect(registeredOn < '2021-01-01').toBe(true);
  expect(state.deadline !== undefined && registeredOn <= state.deadline).toBe(true);
};

describe('ContractRegistration invariants under random command sequences', () => {
  it('keeps tech ≤ gross, registers once under the rules of the day, and books what the state holds', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(lifeArb, ({ start, steps }) => {
        let state = initialContractRegistrationState;
        let totals = { count: 0, gross: 0, tech: 0 };
        let registrations = 0;
        let on = start as BusinessDate;
        for (const [step, gap] of steps) {
          on = addDays(on, gap) as BusinessDate;
          const decided = decide()(step(on), state);
          if (!isRight(decided)) continue;
          for (const event of decided.right) {
            checkEvent(event, state);
            seen.add(event.type);
            if (event.type === 'ContractRegistered') registrations++;
            totals = book(totals, event);
            state = evolveContractRegistration(state, event);
          }
          checkState(state, totals);
        }
        expect(registrations).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
    // The generator must reach every step, or the invariants above prove little.
    expect([...seen].sort()).toEqual(contractRegistrationEventDefinitions.map((d) => d.type).sort());
  });
});
