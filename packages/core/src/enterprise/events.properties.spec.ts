import fc from 'fast-check';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { codecRoundTrips } from '../shared/testing/codecRoundTrips';
import { arbitraryCommandsByType, arbitraryEventsByType } from './arbitraries';
import { arbitrarySteps, runSteps } from './arbitraryCommands';
import { EnterpriseCommand, enterpriseCommandTypes } from './commands';
import { decideEnterprise } from './decide';
import { type EnterpriseEvent, enterpriseEventDefinitions, enterpriseEventRegistry } from './events';
import { extendedConfig } from './fixtures';
import { certificateInForce, lastDayInForce } from './queries';
import { highTechRules } from './rules';
import { type EnterpriseState, evolveEnterprise, initialEnterpriseState } from './state';

const decider = {
  initialState: initialEnterpriseState,
  decide: decideEnterprise(extendedConfig),
  evolve: evolveEnterprise,
};

describe('Enterprise codecs round-trip', () => {
  codecRoundTrips({
    commands: EnterpriseCommand,
    commandTypes: enterpriseCommandTypes,
    commandArbitraries: arbitraryCommandsByType,
    definitions: enterpriseEventDefinitions,
    eventArbitraries: arbitraryEventsByType,
    registry: enterpriseEventRegistry,
    numRuns: 50,
  });
});

/** The first day each certificate is in force and its last; null when it never was. */
const inForceIntervals = (state: EnterpriseState) =>
  state.certificates.map((c) => ({ no: c.certificateNo, from: c.issuedOn, to: lastDayInForce(c) }));

const checkInvariants = (state: EnterpriseState, events: readonly EnterpriseEvent[]) => {
  const intervals = inForceIntervals(state).filter((i) => i.from <= i.to);
  for (const [i, a] of intervals.entries())
    for (const b of intervals.slice(i + 1))
      expect(a.to < b.from || b.to < a.from, `${a.no} and ${b.no} overlap`).toBe(true);
  for (const { from, to } of intervals) {
    expect(certificateInForce(state, from)?.issuedOn).toBe(from);
    expect(certificateInForce(state, to)?.issuedOn).toBe(from);
  }
  const numbers = state.certificates.map((c) => c.certificateNo);
  expect(new Set(numbers).size).toBe(numbers.length);
  const limit = highTechRules[0]?.value.missedReportsForRevocation ?? 2;
  for (const c of state.certificates) {
    expect(c.missedReports).toBeLessThanOrEqual(limit);
    if (c.missedReports === limit) expect(c.revocation?.reason).toBe('two-missed-annual-reports');
  }
  if (state.pendingApplication) expect(state.usedApplicationIds).toContain(state.pendingApplication.applicationId);
  for (const event of events) {
    expect(isRight(enterpriseEventRegistry.encode(event)), `${event.type} must satisfy its codec`).toBe(true);
    expect(event.data.uscc).toBe(state.profile?.uscc);
    expect(event.data.regionId).toBe(state.profile?.regionId);
  }
};

describe('Enterprise invariants under random command sequences', () => {
  it('never has two certificates in force, keeps numbers unique and revokes at the second missed report', () => {
    const seen: Record<string, number> = {};
    fc.assert(
      fc.property(arbitrarySteps(), (steps) => {
        runSteps(decider, steps, (_command, decision, state) => {
          if (!isRight(decision)) return;
          checkInvariants(state, decision.right);
          for (const e of decision.right) {
            const key =
              e.type === 'HighTechEnterpriseCertified' && e.data.supersedesCertificateNo ? 'Superseded' : e.type;
            seen[key] = (seen[key] ?? 0) + 1;
          }
        });
      }),
      // Shrinking 100-step runs is slow; a bounded search still reports a counterexample in time.
      { numRuns: 200, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true },
    );
    // The generator must reach the interesting states, or the property proves nothing.
    for (const type of [
      'HighTechEnterpriseCertified',
      'Superseded',
      'HighTechCertificationRevoked',
      'AnnualReportMissed',
    ])
      expect(seen[type] ?? 0, type).toBeGreaterThan(0);
  });
});
