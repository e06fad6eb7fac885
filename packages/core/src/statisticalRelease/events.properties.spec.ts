import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDomainConfig } from '../shared/domainConfig';
import { codecRoundTrips } from '../shared/testing/codecRoundTrips';
import { runAccepted } from '../shared/testing/deciders';
import * as arb from './arbitraries';
import { type StatisticalReleaseCommand, statisticalReleaseCommandTypes } from './commands';
import { statisticalReleaseEventDefinitions, statisticalReleaseEventRegistry } from './events';
import { figureNames } from './figures';
import { statisticalRelease } from './index';
import { isVintageRegression } from './vintage';

describe('StatisticalRelease codecs round-trip', () => {
  codecRoundTrips({
    commands: statisticalRelease.commands,
    commandTypes: statisticalReleaseCommandTypes,
    commandArbitraries: arb.commandArbitraries,
    definitions: statisticalReleaseEventDefinitions,
    eventArbitraries: arb.eventArbitraries,
    registry: statisticalReleaseEventRegistry,
  });
});

describe('StatisticalRelease invariants under random publications', () => {
  const decider = statisticalRelease.decider(defaultDomainConfig);
  const run = (commands: readonly StatisticalReleaseCommand[]) => runAccepted(decider, commands).events;

  it('vintages never regress, dates never go back, and every event is a valid, consistent release', () => {
    fc.assert(
      fc.property(arb.publicationsOfOneRelease, (commands) => {
        const events = run(commands);
        events.forEach((event, i) => {
          const before = events[i - 1];
          expect(event.type).toBe(i === 0 ? 'StatisticsPublished' : 'StatisticsRevised');
          if (event.type === 'StatisticsRevised') expect(event.data.revision).toBe(i);
          if (before) {
            expect(isVintageRegression(before.data.vintage, event.data.vintage)).toBe(false);
            expect(event.data.publishedOn >= before.data.publishedOn).toBe(true);
            expect(event.data.regionId).toBe(before.data.regionId);
          }
          const { gdp, hightechValueAdded, publishedShare } = event.data;
          expect(event.data.stated.length).toBeGreaterThan(0);
          if (publishedShare !== undefined) expect(publishedShare >= 0 && publishedShare <= 1).toBe(true);
          if (gdp !== undefined) expect(gdp).toBeGreaterThan(0);
          if (gdp !== undefined && hightechValueAdded !== undefined)
            expect(hightechValueAdded).toBeLessThanOrEqual(gdp);
          if (event.data.vintage !== 'forecast') expect(event.data.publishedOn > event.data.periodEnd).toBe(true);
        });
      }),
    );
  });

  it('each figure is the one last stated, and a forecast figure never reaches a measured vintage', () => {
    fc.assert(
      fc.property(arb.publicationsOfOneRelease, (commands) => {
        const events = run(commands);
        events.forEach((event, i) => {
          for (const name of figureNames) {
            const source = events
              .slice(0, i + 1)
              .reverse()
              .find((e) => e.data.stated.includes(name));
            const carried =
              source !== undefined && (source.data.vintage !== 'forecast' || event.data.vintage === 'forecast');
            expect(event.data[name]).toBe(carried ? source?.data[name] : undefined);
          }
        });
      }),
    );
  });
});
