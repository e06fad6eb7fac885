import { recordedEvents } from '@innoledger/testing';
import fc from 'fast-check';
import { isRight, right } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { defaultDomainConfig } from '../shared/domainConfig';
import * as arb from './arbitraries';
import {
  AchievementCommand,
  ApplyForAward,
  RecordAwardResult,
  RegisterAchievement,
  StartTransformation,
} from './commands';
import {
  type AchievementEvent,
  AchievementRegisteredData,
  AchievementTransformationStartedData,
  AwardAppliedData,
  AwardNotWonData,
  AwardWonData,
  achievementEventRegistry,
} from './events';
import { achievement } from './index';
import { sameOwner } from './vocabulary';

/** Encodes, goes through JSON text as a store or a file would, and decodes again. */
const roundTrip = <A, O>(codec: t.Type<A, O, unknown>, value: A) =>
  codec.decode(JSON.parse(JSON.stringify(codec.encode(value))));

/** The event as a store would hand it back after reading its stored JSON. */
const recorded = (type: string, data: unknown) => {
  const [event] = recordedEvents([{ type, data }]);
  if (event === undefined) throw new Error('recordedEvents returned nothing');
  return event;
};

describe('Achievement codecs round-trip', () => {
  const commands: [string, t.Mixed, fc.Arbitrary<unknown>][] = [
    ['RegisterAchievement', RegisterAchievement, arb.registerAchievement],
    ['StartTransformation', StartTransformation, arb.startTransformation],
    ['ApplyForAward', ApplyForAward, arb.applyForAward],
    ['RecordAwardResult', RecordAwardResult, arb.recordAwardResult],
  ];
  for (const [name, codec, value] of commands) {
    it(`${name}, alone and through the command union`, () => {
      fc.assert(
        fc.property(value, (command) => {
          expect(roundTrip(codec, command)).toEqual(right(command));
          expect(roundTrip(AchievementCommand, command as AchievementCommand)).toEqual(right(command));
        }),
      );
    });
  }

  const events: [AchievementEvent['type'], t.Mixed, fc.Arbitrary<unknown>][] = [
    ['AchievementRegistered', AchievementRegisteredData, arb.achievementRegisteredData],
    [
      'AchievementTransformationStarted',
      AchievementTransformationStartedData,
      arb.achievementTransformationStartedData,
    ],
    ['AwardApplied', AwardAppliedData, arb.awardAppliedData],
    ['AwardWon', AwardWonData, arb.awardWonData],
    ['AwardNotWon', AwardNotWonData, arb.awardNotWonData],
  ];
  for (const [type, codec, value] of events) {
    it(`${type}, alone and through the event registry`, () => {
      fc.assert(
        fc.property(value, (data) => {
          expect(roundTrip(codec, data)).toEqual(right(data));
          const encoded = achievementEventRegistry.encode({ type, data } as AchievementEvent);
          expect(isRight(encoded)).toBe(true);
          if (!isRight(encoded)) return;
          const stored = JSON.parse(JSON.stringify(encoded.right.data));
          const decoded = achievementEventRegistry.decode(recorded(type, stored));
          expect(isRight(decoded) && decoded.right.data).toEqual(data);
        }),
      );
    });
  }
});

describe('Achievement invariants under random command sequences', () => {
  const { initialState, decide, evolve } = achievement.decider(defaultDomainConfig);

  const run = (commands: readonly AchievementCommand[]) => {
    let state = initialState;
    const accepted: AchievementEvent[] = [];
    for (const command of commands) {
      const decided = decide(command, state);
      if (!isRight(decided)) continue;
      accepted.push(...decided.right);
      state = decided.right.reduce(evolve, state);
    }
    return { state, accepted };
  };

  it('registers once, never reuses an id, applies once per award year and level, decides each application once', () => {
    fc.assert(
      fc.property(arb.commandsForOneAchievement, (commands) => {
        const { state, accepted } = run(commands);
        expect(accepted.filter((e) => e.type === 'AchievementRegistered').length).toBeLessThanOrEqual(1);

        const transformations = accepted.flatMap((e) =>
          e.type === 'AchievementTransformationStarted' ? [e.data.transformationId] : [],
        );
        expect(new Set(transformations).size).toBe(transformations.length);

        const applications = accepted.flatMap((e) => (e.type === 'AwardApplied' ? [e.data] : []));
        expect(new Set(applications.map((a) => a.awardApplicationId)).size).toBe(applications.length);
        expect(new Set(applications.map((a) => `${a.year}/${a.level}`)).size).toBe(applications.length);

        const decisions = accepted.flatMap((e) => (e.type === 'AwardWon' || e.type === 'AwardNotWon' ? [e] : []));
        expect(new Set(decisions.map((e) => e.data.awardApplicationId)).size).toBe(decisions.length);
        for (const decision of decisions) {
          const application = applications.find((a) => a.awardApplicationId === decision.data.awardApplicationId);
          expect(application).toBeDefined();
          expect(decision.data.decidedOn >= (application?.appliedOn ?? '')).toBe(true);
          expect(accepted.indexOf(decision)).toBeGreaterThan(
            accepted.findIndex(
              (e) => e.type === 'AwardApplied' && e.data.awardApplicationId === decision.data.awardApplicationId,
            ),
          );
        }

        // One region and one owner per achievement, whatever the commands said.
        const first = accepted[0];
        for (const e of accepted) {
          expect(e.data.regionId).toBe(first?.data.regionId);
          if (first) expect(sameOwner(e.data.owner, first.data.owner)).toBe(true);
        }
        expect(state.awardApplications.length).toBe(applications.length);
        expect(state.awardApplications.filter((a) => a.outcome !== 'pending').length).toBe(decisions.length);
      }),
    );
  });
});
