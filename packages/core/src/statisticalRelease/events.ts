import {
  BusinessDate,
  createEventRegistry,
  defineEvent,
  type Event,
  type EventOf,
  type EventRegistry,
} from '@innoledger/kernel';
import * as t from 'io-ts';
import { RegionId } from '../regions/region';
import { NonEmptyString, Year } from '../shared/strings';
import { FigureName, Figures } from './figures';
import { ReleasePeriod } from './period';
import { Vintage } from './vintage';

// Each event carries the release's identity, its period as dates, and the release's complete
// figures as they stand after the publication, so an indicator reading one event knows the latest
// GDP and value added of that exact period without the aggregate's state.
const publication = {
  regionId: RegionId,
  year: Year,
  period: ReleasePeriod,
  periodStart: BusinessDate,
  periodEnd: BusinessDate,
  vintage: Vintage,
  publishedOn: BusinessDate,
  source: NonEmptyString,
  /** The figures this publication stated; the others were carried from earlier publications. */
  stated: t.array(FigureName),
};

export const StatisticsPublishedData = t.intersection([t.type(publication), Figures]);
export type StatisticsPublishedData = t.TypeOf<typeof StatisticsPublishedData>;

/** The release as it stood before a revision. */
export const PreviousPublication = t.intersection([t.type({ vintage: Vintage, publishedOn: BusinessDate }), Figures]);
export type PreviousPublication = t.TypeOf<typeof PreviousPublication>;

export const StatisticsRevisedData = t.intersection([
  t.type({
    ...publication,
    /** 1 for the first revision after the first publication, 2 for the next, … */
    revision: t.number,
    previous: PreviousPublication,
  }),
  Figures,
]);
export type StatisticsRevisedData = t.TypeOf<typeof StatisticsRevisedData>;

/** The first publication of a release. */
export const StatisticsPublished = defineEvent('StatisticsPublished', StatisticsPublishedData);
/** A later publication of the same release; the earlier figures stay in history. */
export const StatisticsRevised = defineEvent('StatisticsRevised', StatisticsRevisedData);

export type StatisticsPublished = Event<'StatisticsPublished', StatisticsPublishedData>;
export type StatisticsRevised = Event<'StatisticsRevised', StatisticsRevisedData>;

/** The StatisticalRelease event definitions (`AggregateModule.events`), each typed with its own data. */
export const statisticalReleaseEventDefinitions = [StatisticsPublished, StatisticsRevised] as const;

/** Every StatisticalRelease event, discriminated by `type`. */
export type StatisticalReleaseEvent = EventOf<(typeof statisticalReleaseEventDefinitions)[number]>;

export const statisticalReleaseEventRegistry: EventRegistry<StatisticalReleaseEvent> = createEventRegistry(
  statisticalReleaseEventDefinitions,
);
