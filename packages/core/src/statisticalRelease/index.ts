import type { AggregateModule } from '../shared/aggregateModule';
import { StatisticalReleaseCommand, statisticalReleaseCommandTypes } from './commands';
import { decideStatisticalRelease } from './decide';
import {
  type StatisticalReleaseEvent,
  statisticalReleaseEventDefinitions,
  statisticalReleaseEventRegistry,
} from './events';
import type { StatisticalReleaseRejection } from './rejections';
import { evolveStatisticalRelease, initialStatisticalReleaseState, type StatisticalReleaseState } from './state';

export { PublishStatistics, StatisticalReleaseCommand, statisticalReleaseCommandTypes } from './commands';
export { decideStatisticalRelease } from './decide';
export {
  PreviousPublication,
  type StatisticalReleaseEvent,
  StatisticsPublished,
  StatisticsPublishedData,
  StatisticsRevised,
  StatisticsRevisedData,
  statisticalReleaseEventDefinitions,
  statisticalReleaseEventRegistry,
} from './events';
export { FigureName, Figures, figureNames, mergeFigures, Rate } from './figures';
export { type PeriodBounds, periodBounds, ReleasePeriod } from './period';
export type {
  GdpNotPositive,
  NoFigures,
  NothingRevised,
  PublicationOutOfOrder,
  PublishedBeforePeriodEnd,
  RateOutOfRange,
  ReleaseKey,
  ReleaseMismatch,
  ShareOutOfRange,
  StatisticalReleaseRejection,
  ValueAddedAboveGdp,
  VintageRegression,
} from './rejections';
export { evolveStatisticalRelease, initialStatisticalReleaseState, type StatisticalReleaseState } from './state';
export { isVintageRegression, Vintage } from './vintage';

/** The stream of one release: `statisticalRelease-${regionId}-${year}-${period}`. */
export const statisticalReleaseStreamId = (key: { regionId: string; year: number; period: string }): string =>
  `statisticalRelease-${key.regionId}-${key.year}-${key.period}`;

/**
 * The StatisticalRelease aggregate (统计数据发布). An event's business date is its publication
 * date: the fact recorded is that a figure was published then; the period it covers is in the data
 * (`periodStart`, `periodEnd`), and indicators match releases by that period.
 */
export const statisticalRelease: AggregateModule<
  StatisticalReleaseCommand,
  StatisticalReleaseEvent,
  StatisticalReleaseState,
  StatisticalReleaseRejection
> = {
  name: 'statisticalRelease',
  commands: StatisticalReleaseCommand,
  commandTypes: statisticalReleaseCommandTypes,
  events: statisticalReleaseEventDefinitions,
  registry: statisticalReleaseEventRegistry,
  decider: (config) => ({
    initialState: initialStatisticalReleaseState,
    decide: decideStatisticalRelease(config),
    evolve: evolveStatisticalRelease,
  }),
  streamId: (command) => statisticalReleaseStreamId(command.data),
  occurredAt: (event) => event.data.publishedOn,
};
