// fast-check generators for the StatisticalRelease codecs, and command sequences on one release
// drawn so that every refusal is reachable.

import fc from 'fast-check';
import type { RegionId } from '../regions/region';
import type { Fen } from '../shared/money';
import type { NonEmptyString, Year } from '../shared/strings';
import {
  businessDate,
  fen,
  finiteNumber,
  mostly,
  nonEmptyString,
  optional,
  regionId,
  tagged,
  year,
} from '../shared/testing/arbitraries';
import type { PublishStatistics } from './commands';
import type { PreviousPublication, StatisticsPublishedData, StatisticsRevisedData } from './events';
import { type Figures, type Rate, statedFigures } from './figures';
import { periodBounds, type ReleasePeriod } from './period';
import type { Vintage } from './vintage';

export const period: fc.Arbitrary<ReleasePeriod> = fc.constantFrom('Q1', 'H1', 'Q1-Q3', 'year');
export const vintage: fc.Arbitrary<Vintage> = fc.constantFrom('forecast', 'preliminary', 'final', 'revised');

/** Up to 1,000 亿元 in fen. */
const amount = fen(10_000_000_000_000);
/** Any finite rate, −0 excluded (JSON has no −0, so it could not round-trip). */
export const rate: fc.Arbitrary<Rate> = finiteNumber(-2, 5);

export const figures: fc.Arbitrary<Figures> = fc
  .tuple(
    optional('gdp', amount),
    optional('hightechValueAdded', amount),
    optional('hightechVaYoy', rate),
    optional('gdpYoy', rate),
    optional('publishedShare', rate),
  )
  .map((parts) => Object.assign({}, ...parts) as Figures);

export const publishStatistics: fc.Arbitrary<PublishStatistics> = fc
  .tuple(regionId, year(), period, vintage, businessDate(), nonEmptyString, figures)
  .map(([regionId, year, period, vintage, publishedOn, source, f]) => ({
    type: 'PublishStatistics',
    data: { regionId, year, period, vintage, publishedOn, source, ...f },
  }));

export const statisticsPublishedData: fc.Arbitrary<StatisticsPublishedData> = publishStatistics.map(({ data }) => ({
  ...data,
  ...periodBounds(data.year, data.period),
  stated: statedFigures(data),
}));

export const previousPublication: fc.Arbitrary<PreviousPublication> = fc
  .tuple(vintage, businessDate(), figures)
  .map(([vintage, publishedOn, f]) => ({ vintage, publishedOn, ...f }));

export const statisticsRevisedData: fc.Arbitrary<StatisticsRevisedData> = fc
  .tuple(statisticsPublishedData, fc.integer({ min: 1, max: 20 }), previousPublication)
  .map(([data, revision, previous]) => ({ ...data, revision, previous }));

/**
 * Publications of one release (Xianning, 2020 H1), drawn so that every rule is reached: vintages
 * in random order, dates around the period end, figures from small pools (so that a publication
 * sometimes changes nothing, and value added sometimes exceeds GDP), shares and rates now and then
 * out of range, and now and then another region (unknown, or another release of the stream).
 */
export const publicationsOfOneRelease: fc.Arbitrary<readonly PublishStatistics[]> = fc.array(
  fc
    .tuple(
      vintage,
      businessDate('2020-06-01', '2021-06-30'),
      fc.tuple(
        optional(
          'gdp',
          mostly([40, 100], [0]).map((n) => n as Fen),
        ),
        optional(
          'hightechValueAdded',
          fc.constantFrom(0, 30, 50).map((n) => n as Fen),
        ),
        optional(
          'hightechVaYoy',
          mostly([-0.405, 0.1], [-1.5]).map((n) => n as Rate),
        ),
        optional(
          'gdpYoy',
          mostly([-0.2, 0.05], [-1.2]).map((n) => n as Rate),
        ),
        optional(
          'publishedShare',
          mostly([0, 0.145, 1], [-0.1, 1.2]).map((n) => n as Rate),
        ),
      ),
      mostly(['xianning'], ['chibi', 'wuhan']),
    )
    .map(([vintage, publishedOn, parts, region]) => ({
      type: 'PublishStatistics' as const,
      data: {
        regionId: region as RegionId,
        year: 2020 as Year,
        period: 'H1' as const,
        vintage,
        publishedOn,
        source: '咸宁市统计局' as NonEmptyString,
        ...(Object.assign({}, ...parts) as Figures),
      },
    })),
  { maxLength: 25 },
);

/** A generator per command type, for the round-trip properties. */
export const commandArbitraries = { PublishStatistics: publishStatistics };

/** A generator per event type, for the round-trip properties. */
export const eventArbitraries = {
  StatisticsPublished: tagged('StatisticsPublished', statisticsPublishedData),
  StatisticsRevised: tagged('StatisticsRevised', statisticsRevisedData),
};
