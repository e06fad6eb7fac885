import { recordedEvents } from '@innoledger/testing';
import fc from 'fast-check';
import { isRight, right } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { defaultDomainConfig } from '../shared/domainConfig';
import * as arb from './arbitraries';
import { IssuePolicyDocument, RecordServiceActivity, ReviseTarget, SetTarget, WorkPlanCommand } from './commands';
import {
  PolicyDocumentIssuedData,
  ServiceActivityHeldData,
  TargetRevisedData,
  TargetSetData,
  type WorkPlanEvent,
  workPlanEventRegistry,
} from './events';
import { workPlan } from './index';
import { fitsUnit } from './vocabulary';

const roundTrip = <A, O>(codec: t.Type<A, O, unknown>, value: A) =>
  codec.decode(JSON.parse(JSON.stringify(codec.encode(value))));

/** The event as a store would hand it back after reading its stored JSON. */
const recorded = (type: string, data: unknown) => {
  const [event] = recordedEvents([{ type, data }]);
  if (event === undefined) throw new Error('recordedEvents returned nothing');
  return event;
};

describe('WorkPlan codecs round-trip', () => {
  const commands: [string, t.Mixed, fc.Arbitrary<unknown>][] = [
    ['SetTarget', SetTarget, arb.setTarget],
    ['ReviseTarget', ReviseTarget, arb.reviseTarget],
    ['IssuePolicyDocument', IssuePolicyDocument, arb.issuePolicyDocument],
    ['RecordServiceActivity', RecordServiceActivity, arb.recordServiceActivity],
  ];
  for (const [name, codec, value] of commands) {
    it(`${name}, alone and through the command union`, () => {
      fc.assert(
        fc.property(value, (command) => {
          expect(roundTrip(codec, command)).toEqual(right(command));
          expect(roundTrip(WorkPlanCommand, command as WorkPlanCommand)).toEqual(right(command));
        }),
      );
    });
  }

  const events: [WorkPlanEvent['type'], t.Mixed, fc.Arbitrary<unknown>][] = [
    ['TargetSet', TargetSetData, arb.targetSetData],
    ['TargetRevised', TargetRevisedData, arb.targetRevisedData],
    ['PolicyDocumentIssued', PolicyDocumentIssuedData, arb.policyDocumentIssuedData],
    ['ServiceActivityHeld', ServiceActivityHeldData, arb.serviceActivityHeldData],
  ];
  for (const [type, codec, value] of events) {
    it(`${type}, alone and through the event registry`, () => {
      fc.assert(
        fc.property(value, (data) => {
          expect(roundTrip(codec, data)).toEqual(right(data));
          const encoded = workPlanEventRegistry.encode({ type, data } as WorkPlanEvent);
          expect(isRight(encoded)).toBe(true);
          if (!isRight(encoded)) return;
          const decoded = workPlanEventRegistry.decode(recorded(type, JSON.parse(JSON.stringify(encoded.right.data))));
          expect(isRight(decoded) && decoded.right.data).toEqual(data);
        }),
      );
    });
  }
});

describe('WorkPlan invariants under random command sequences', () => {
  const { initialState, decide, evolve } = workPlan.decider(defaultDomainConfig);

  it('one target per indicator, revisions chain from the latest value, ids unique, dates inside the plan', () => {
    fc.assert(
      fc.property(arb.commandsForOnePlan, (commands) => {
        let state = initialState;
        const events: WorkPlanEvent[] = [];
        for (const command of commands) {
          const decided = decide(command, state);
          if (!isRight(decided)) continue;
          events.push(...decided.right);
          state = decided.right.reduce(evolve, state);
        }
        const current = new Map<string, { value: number; unit: string; since: string; revisions: number }>();
        const documents = new Set<string>();
        const activities = new Set<string>();
        for (const e of events) {
          expect(e.data.regionId).toBe(events[0]?.data.regionId);
          expect(e.data.year).toBe(events[0]?.data.year);
          const { year } = e.data;
          switch (e.type) {
            case 'TargetSet':
              expect(current.has(e.data.indicatorId)).toBe(false);
              expect(fitsUnit(e.data.unit, e.data.value)).toBe(true);
              expect(e.data.setOn >= `${year - 1}-01-01` && e.data.setOn <= `${year}-12-31`).toBe(true);
              current.set(e.data.indicatorId, { ...e.data, since: e.data.setOn, revisions: 0 });
              break;
            case 'TargetRevised': {
              const before = current.get(e.data.indicatorId);
              expect(before).toBeDefined();
              expect(e.data.previousValue).toBe(before?.value);
              expect(e.data.value).not.toBe(before?.value);
              expect(e.data.unit).toBe(before?.unit);
              expect(e.data.revision).toBe((before?.revisions ?? 0) + 1);
              expect(e.data.revisedOn >= (before?.since ?? '') && e.data.revisedOn <= `${year}-12-31`).toBe(true);
              expect(fitsUnit(e.data.unit, e.data.value)).toBe(true);
              current.set(e.data.indicatorId, { ...e.data, since: e.data.revisedOn, revisions: e.data.revision });
              break;
            }
            case 'PolicyDocumentIssued':
              expect(documents.has(e.data.documentId)).toBe(false);
              expect(e.data.documentNo).not.toBe('无');
              expect(e.data.issuedOn.startsWith(`${year}-`)).toBe(true);
              documents.add(e.data.documentId);
              break;
            case 'ServiceActivityHeld':
              expect(activities.has(e.data.activityId)).toBe(false);
              expect(e.data.heldOn.startsWith(`${year}-`)).toBe(true);
              activities.add(e.data.activityId);
              break;
          }
        }
        expect(state.targets.map((t) => [t.indicatorId, t.value])).toEqual(
          [...current.entries()].map(([id, t]) => [id, t.value]),
        );
      }),
    );
  });
});
