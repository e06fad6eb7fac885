import { BusinessDate } from '@innoledger/kernel';
import * as t from 'io-ts';
import { RegionId } from '../regions/region';
import { command } from '../shared/command';
import { NonEmptyString, Year } from '../shared/strings';
import { Figures } from './figures';
import { ReleasePeriod } from './period';
import { Vintage } from './vintage';

/**
 * Records one publication of a region's statistics for a cumulative period: the first becomes
 * StatisticsPublished, every later one StatisticsRevised. `source` names the document (统计公报,
 * 月报, a work report) the figures were taken from.
 */
export const PublishStatistics = command(
  'PublishStatistics',
  t.intersection([
    t.type({
      regionId: RegionId,
      year: Year,
      period: ReleasePeriod,
      vintage: Vintage,
      publishedOn: BusinessDate,
      source: NonEmptyString,
    }),
    Figures,
  ]),
);
export type PublishStatistics = t.TypeOf<typeof PublishStatistics>;

/** The StatisticalRelease commands; one so far, so the "union" is that codec itself. */
export const StatisticalReleaseCommand = PublishStatistics;
export type StatisticalReleaseCommand = PublishStatistics;

export const statisticalReleaseCommandTypes: readonly StatisticalReleaseCommand['type'][] = ['PublishStatistics'];
