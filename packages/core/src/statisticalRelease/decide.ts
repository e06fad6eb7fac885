import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { DomainConfig } from '../shared/domainConfig';
import { checkRegion } from '../shared/rejections';
import type { PublishStatistics, StatisticalReleaseCommand } from './commands';
import type { StatisticalReleaseEvent } from './events';
import { type Figures, mergeFigures, sameFigures, statedFigures } from './figures';
import { periodBounds } from './period';
import type { ReleaseKey, StatisticalReleaseRejection } from './rejections';
import type { StatisticalReleaseState } from './state';
import { isVintageRegression } from './vintage';

type Decision = Either<StatisticalReleaseRejection, readonly StatisticalReleaseEvent[]>;

const sameRelease = (a: ReleaseKey, b: ReleaseKey) =>
  a.regionId === b.regionId && a.year === b.year && a.period === b.period;

/** Rules on the stated figures alone, whatever came before. */
const checkStated = (release: ReleaseKey, data: PublishStatistics['data']): StatisticalReleaseRejection | undefined => {
  if (statedFigures(data).length === 0) return { _tag: 'NoFigures', release, publishedOn: data.publishedOn };
  const { publishedShare, hightechVaYoy, gdpYoy, gdp } = data;
  if (publishedShare !== undefined && !(publishedShare >= 0 && publishedShare <= 1))
    return { _tag: 'ShareOutOfRange', release, publishedShare };
  if (hightechVaYoy !== undefined && hightechVaYoy < -1)
    return { _tag: 'RateOutOfRange', release, field: 'hightechVaYoy', value: hightechVaYoy };
  if (gdpYoy !== undefined && gdpYoy < -1) return { _tag: 'RateOutOfRange', release, field: 'gdpYoy', value: gdpYoy };
  if (gdp === 0) return { _tag: 'GdpNotPositive', release, gdp };
  return undefined;
};

/** Rules on this publication against the latest one. */
const checkAgainstLatest = (
  release: ReleaseKey,
  data: PublishStatistics['data'],
  latest: StatisticalReleaseState['latest'],
  merged: Figures,
): StatisticalReleaseRejection | undefined => {
  const { vintage, publishedOn } = data;
  if (latest === undefined) return undefined;
  if (isVintageRegression(latest.vintage, vintage))
    return { _tag: 'VintageRegression', release, recorded: latest.vintage, given: vintage };
  if (publishedOn < latest.publishedOn)
    return { _tag: 'PublicationOutOfOrder', release, latestPublishedOn: latest.publishedOn, publishedOn };
  if (vintage === latest.vintage && sameFigures(merged, latest.figures))
    return { _tag: 'NothingRevised', release, vintage, publishedOn };
  return undefined;
};

const publish = (config: DomainConfig, state: StatisticalReleaseState, { data }: PublishStatistics): Decision => {
  const { regionId, year, period, vintage, publishedOn, source } = data;
  const release: ReleaseKey = { regionId, year, period };
  const unknown = checkRegion(config, regionId, 'data.regionId');
  if (unknown) return left(unknown);
  if (state.release && !sameRelease(state.release, release))
    return left({ _tag: 'ReleaseMismatch', recorded: state.release, given: release });
  const refused = checkStated(release, data);
  if (refused) return left(refused);
  const { periodStart, periodEnd } = periodBounds(year, period);
  if (vintage !== 'forecast' && publishedOn <= periodEnd)
    return left({ _tag: 'PublishedBeforePeriodEnd', release, vintage, periodEnd, publishedOn });
  const { latest } = state;
  const merged = mergeFigures(latest, vintage, data);
  const stale = checkAgainstLatest(release, data, latest, merged);
  if (stale) return left(stale);
  const stated = statedFigures(data);
  if (merged.gdp !== undefined && merged.hightechValueAdded !== undefined && merged.hightechValueAdded > merged.gdp)
    return left({
      _tag: 'ValueAddedAboveGdp',
      release,
      hightechValueAdded: merged.hightechValueAdded,
      gdp: merged.gdp,
      stated: stated.filter((n) => n === 'gdp' || n === 'hightechValueAdded'),
    });
  const facts = { regionId, year, period, periodStart, periodEnd, vintage, publishedOn, source, stated, ...merged };
  if (latest === undefined) return right([{ type: 'StatisticsPublished', data: facts }]);
  const previous = { vintage: latest.vintage, publishedOn: latest.publishedOn, ...latest.figures };
  return right([{ type: 'StatisticsRevised', data: { ...facts, revision: state.revisions + 1, previous } }]);
};

/**
 * The StatisticalRelease decider: publications of GDP and high-tech value added (高新技术产业增加值)
 * for one region and cumulative period, from forecast to revised; every publication is an event.
 */
export const decideStatisticalRelease =
  (config: DomainConfig) =>
  (command: StatisticalReleaseCommand, state: StatisticalReleaseState): Decision =>
    publish(config, state, command);
