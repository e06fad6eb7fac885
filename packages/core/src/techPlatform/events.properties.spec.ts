import fc from 'fast-check';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { codecRoundTrips } from '../shared/testing/codecRoundTrips';
import { arbitraryCommandsByType, arbitraryEventsByType } from './arbitraries';
import { arbitraryRun, runSteps } from './arbitraryCommands';
import { TechPlatformCommand, techPlatformCommandTypes } from './commands';
import { type TechPlatformEvent, techPlatformEventDefinitions, techPlatformEventRegistry } from './events';
import { decider } from './fixtures';
import { levelOn } from './queries';
import { UNQUALIFIED } from './rules';
import type { PlatformState } from './state';
import { compareLevels } from './vocabulary';

describe('TechPlatform codecs round-trip', () => {
  codecRoundTrips({
    commands: TechPlatformCommand,
    commandTypes: techPlatformCommandTypes,
    commandArbitraries: arbitraryCommandsByType,
    definitions: techPlatformEventDefinitions,
    eventArbitraries: arbitraryEventsByType,
    registry: techPlatformEventRegistry,
    numRuns: 50,
  });
});

const checkInvariants = (state: PlatformState, events: readonly TechPlatformEvent[]) => {
  // Levels only increase within a spell, and admissions keep date order.
  for (const [i, a] of state.admissions.entries()) {
    const previous = state.admissions[i - 1];
    if (previous === undefined) continue;
    expect(a.on >= previous.on, 'admissions in date order').toBe(true);
    if (previous.spell === a.spell)
      expect(compareLevels(a.level, previous.level), 'levels rise within a spell').toBeGreaterThan(0);
  }
  // One level at a time: the current one is the top of the current spell, and nothing while not active.
  const spellTop = [...state.admissions].reverse().find((a) => a.spell === state.spell);
  expect(state.level).toBe(state.status === 'active' ? spellTop?.level : undefined);
  expect(state.revocations).toHaveLength(state.spell - 1);
  // No admission inside a fraud ban. Revocation i ends spell i + 1, so the ban is on the admissions
  // of later spells (an admission on the day of the revocation but before it is in its own spell).
  for (const [i, r] of state.revocations.entries())
    if (r.bannedUntil !== undefined)
      for (const a of state.admissions)
        if (a.spell > i + 1) expect(a.on >= r.bannedUntil, `admitted ${a.on} during a fraud ban`).toBe(true);
  // A spell never holds two consecutive unqualified years.
  for (const [year, grade] of Object.entries(state.grades))
    if (grade === UNQUALIFIED)
      expect(state.grades[Number(year) - 1], `unqualified in ${Number(year) - 1} and ${year}`).not.toBe(UNQUALIFIED);
  const profile = state.profile;
  for (const event of events) {
    expect(isRight(techPlatformEventRegistry.encode(event)), `${event.type} must satisfy its codec`).toBe(true);
    expect(event.data.platformId).toBe(profile?.platformId);
    expect(event.data.kind).toBe(profile?.kind);
    expect(event.data.regionId).toBe(profile?.regionId);
    if (event.type !== 'PlatformRegistered') expect(event.data.hostUscc).toBe(profile?.hostUscc);
    if (event.type === 'PlatformFiled' || event.type === 'PlatformRecognised')
      expect(levelOn(state, event.data.on)).toBe(event.data.level);
  }
};

describe('TechPlatform invariants under random command sequences', () => {
  it('levels only increase within an admission, bans hold, and two consecutive D grades always revoke', () => {
    const seen: Record<string, number> = {};
    const count = (key: string) => {
      seen[key] = (seen[key] ?? 0) + 1;
    };
    fc.assert(
      fc.property(arbitraryRun(), (run) => {
        runSteps(decider, run, (_command, decision, state) => {
          if (!isRight(decision)) return count(decision.left._tag);
          checkInvariants(state, decision.right);
          for (const e of decision.right) {
            if (e.type === 'PlatformRevoked') count(e.data.reason);
            else if ((e.type === 'PlatformFiled' || e.type === 'PlatformRecognised') && e.data.previousLevel)
              count('upgrade');
            else count(e.type);
          }
        });
      }),
      { numRuns: 200, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true },
    );
    // The generator must reach the interesting states, or the property proves nothing.
    for (const key of [
      'upgrade',
      'two-consecutive-unqualified',
      'fraud',
      'ReadmissionBanned',
      'NotAHigherLevel',
      'RentReliefGranted',
    ])
      expect(seen[key] ?? 0, key).toBeGreaterThan(0);
  });
});
