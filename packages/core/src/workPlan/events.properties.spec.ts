import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDomainConfig } from '../shared/domainConfig';
import { codecRoundTrips } from '../shared/testing/codecRoundTrips';
import { runAccepted } from '../shared/testing/deciders';
import * as arb from './arbitraries';
import { WorkPlanCommand, workPlanCommandTypes } from './commands';
import { workPlanEventDefinitions, workPlanEventRegistry } from './events';
import { workPlan } from './index';
import { fitsUnit } from './vocabulary';

describe('WorkPlan codecs round-trip', () => {
  codecRoundTrips({
    commands: WorkPlanCommand,
    commandTypes: workPlanCommandTypes,
    commandArbitraries: arb.commandArbitraries,
    definitions: workPlanEventDefinitions,
    eventArbitraries: arb.eventArbitraries,
    registry: workPlanEventRegistry,
  });
});

describe('WorkPlan invariants under random command sequences', () => {
  const decider = workPlan.decider(defaultDomainConfig);

  it('one target per indicator, revisions chain from the latest value, ids unique, dates inside the plan', () => {
    fc.assert(
      fc.property(arb.commandsForOnePlan, (commands) => {
        const { state, events } = runAccepted(decider, commands);
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
