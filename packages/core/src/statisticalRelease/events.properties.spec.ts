import { recordedEvents } from '@innoledger/testing';
import fc from 'fast-check';
import { isRight, right } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { defaultDomainConfig } from '../shared/domainConfig';
import * as arb from './arbitraries';
import { PublishStatistics, type StatisticalReleaseCommand } from './commands';
import {
  type StatisticalReleaseEvent,
  StatisticsPublishedData,
  StatisticsRevisedData,
  statisticalReleaseEventRegistry,
} from './events';
import { figureNames } from './figures';
import { statisticalRelease } from './index';
import { isVintageRegression } from './vintage';

const roundTrip = <A, O>(codec: t.Type<A, O, unknown>, value: A) =>
  codec.decode(JSON.parse(JSON.stringify(codec.encode(value))));

/** The event as a store would hand it back after reading its stored JSON. */
const recorded = (type: string, data: unknown) => {
  const [event] = recordedEvents([{ type, data }]);
  if (event === undefined) throw new Error('recordedEvents returned nothing');
  return event;
};

describe('StatisticalRelease codecs round-trip', () => {
  it('PublishStatistics, alone and as the module decodes commands', () => {
    fc.assert(
      fc.property(arb.publishStatistics, (command) => {
        expect(roundTrip(PublishStatistics, command)).toEqual(right(command));
        expect(roundTrip(statisticalRelease.commands, command)).toEqual(right(command));
      }),
    );
  });

  const events: [StatisticalReleaseEvent['type'], t.Mixed, fc.Arbitrary<unknown>][] = [
    ['StatisticsPublished', StatisticsPublishedData, arb.statisticsPublishedData],
    ['StatisticsRevised', StatisticsRevisedData, arb.statisticsRevisedData],
  ];
  for (const [type, codec, value] of events) {
    it(`${type}, alone and through the event registry`, () => {
      fc.assert(
        fc.property(value, (data) => {
          expect(roundTrip(codec, data)).toEqual(right(data));
          const encoded = statisticalReleaseEventRegistry.encode({ type, data } as StatisticalReleaseEvent);
          expect(isRight(encoded)).toBe(true);
          if (!isRight(encoded)) return;
          const decoded = statisticalReleaseEventRegistry.decode(
            recorded(type, JSON.parse(JSON.stringify(encoded.right.data))),
          );
          expect(isRight(decoded) && decoded.right.data).toEqual(data);
        }),
      );
    });
  }
});

describe('StatisticalRelease invariants under random publications', () => {
  const { initialState, decide, evolve } = statisticalRelease.decider(defaultDomainConfig);
  const run = (commands: readonly StatisticalReleaseCommand[]) => {
    let state = initialState;
    const accepted: StatisticalReleaseEvent[] = [];
    for (const command of commands) {
      const decided = decide(command, state);
      if (!isRight(decided)) continue;
      accepted.push(...decided.right);
      state = decided.right.reduce(evolve, state);
    }
    return accepted;
  };

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
