import type { UnknownRegion } from '../shared/rejections';
import type { FigureName } from './figures';
import type { ReleasePeriod } from './period';
import type { Vintage } from './vintage';

/** Which release: region, year and cumulative period. */
export interface ReleaseKey {
  readonly regionId: string;
  readonly year: number;
  readonly period: ReleasePeriod;
}

/** The command is for another release than the stream holds (a routing mistake). */
export interface ReleaseMismatch {
  readonly _tag: 'ReleaseMismatch';
  readonly recorded: ReleaseKey;
  readonly given: ReleaseKey;
}

/** A publication that states no figure at all. */
export interface NoFigures {
  readonly _tag: 'NoFigures';
  readonly release: ReleaseKey;
  readonly publishedOn: string;
}

/** A share of GDP outside [0, 1]. */
export interface ShareOutOfRange {
  readonly _tag: 'ShareOutOfRange';
  readonly release: ReleaseKey;
  readonly publishedShare: number;
}

/** A year-on-year rate below −100%: a non-negative amount cannot fall by more than all of it. */
export interface RateOutOfRange {
  readonly _tag: 'RateOutOfRange';
  readonly release: ReleaseKey;
  readonly field: Extract<FigureName, 'hightechVaYoy' | 'gdpYoy'>;
  readonly value: number;
}

/** A GDP of zero: no region has one, and every share of it would divide by zero. */
export interface GdpNotPositive {
  readonly _tag: 'GdpNotPositive';
  readonly release: ReleaseKey;
  readonly gdp: number;
}

/** The high-tech value added exceeds the GDP of the same region and period. */
export interface ValueAddedAboveGdp {
  readonly _tag: 'ValueAddedAboveGdp';
  readonly release: ReleaseKey;
  readonly hightechValueAdded: number;
  readonly gdp: number;
  /** Which of the two this publication stated (the other was carried from an earlier one). */
  readonly stated: readonly FigureName[];
}

/** A measured figure (not a forecast) published before its period ended. */
export interface PublishedBeforePeriodEnd {
  readonly _tag: 'PublishedBeforePeriodEnd';
  readonly release: ReleaseKey;
  readonly vintage: Vintage;
  readonly periodEnd: string;
  readonly publishedOn: string;
}

/** A step back along forecast → preliminary → final → revised. */
export interface VintageRegression {
  readonly _tag: 'VintageRegression';
  readonly release: ReleaseKey;
  readonly recorded: Vintage;
  readonly given: Vintage;
}

/** A publication dated before the latest one recorded for the release. */
export interface PublicationOutOfOrder {
  readonly _tag: 'PublicationOutOfOrder';
  readonly release: ReleaseKey;
  readonly latestPublishedOn: string;
  readonly publishedOn: string;
}

/** Same vintage, same figures: nothing to revise. */
export interface NothingRevised {
  readonly _tag: 'NothingRevised';
  readonly release: ReleaseKey;
  readonly vintage: Vintage;
  readonly publishedOn: string;
}

/** Every reason a StatisticalRelease command is refused. */
export type StatisticalReleaseRejection =
  | UnknownRegion
  | ReleaseMismatch
  | NoFigures
  | ShareOutOfRange
  | RateOutOfRange
  | GdpNotPositive
  | ValueAddedAboveGdp
  | PublishedBeforePeriodEnd
  | VintageRegression
  | PublicationOutOfOrder
  | NothingRevised;
