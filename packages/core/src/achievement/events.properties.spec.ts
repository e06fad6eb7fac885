import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDomainConfig } from '../shared/domainConfig';
import { codecRoundTrips } from '../shared/testing/codecRoundTrips';
import { runAccepted } from '../shared/testing/deciders';
import * as arb from './arbitraries';
import { AchievementCommand, achievementCommandTypes } from './commands';
import { achievementEventDefinitions, achievementEventRegistry } from './events';
import { achievement } from './index';
import { sameOwner } from './vocabulary';

describe('Achievement codecs round-trip', () => {
  codecRoundTrips({
    commands: AchievementCommand,
    commandTypes: achievementCommandTypes,
    commandArbitraries: arb.commandArbitraries,
    definitions: achievementEventDefinitions,
    eventArbitraries: arb.eventArbitraries,
    registry: achievementEventRegistry,
  });
});

describe('Achievement invariants under random command sequences', () => {
  const decider = achievement.decider(defaultDomainConfig);

  it('registers once, never reuses an id, applies once per award year and level, decides each application once', () => {
    fc.assert(
      fc.property(arb.commandsForOneAchievement, (commands) => {
        const { state, events: accepted } = runAccepted(decider, commands);
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
