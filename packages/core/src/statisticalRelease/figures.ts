import * as t from 'io-ts';
import { Fen } from '../shared/money';
import { FiniteNumber } from '../shared/numbers';
import type { Vintage } from './vintage';

/**
 * A rate or share as published, as a fraction: −0.405 for "下跌40.5%", 0.1345 for "13.45%". Any
 * finite number (NaN and infinities have no JSON form); ranges are rules, checked in decide.
 */
export const Rate = FiniteNumber;
export type Rate = FiniteNumber;

/**
 * The figures of a release. Each is optional: a forecast may give only a share of GDP
 * ("占GDP比重将达14.5%"), and GDP and value added often come in separate documents.
 */
export const Figures = t.partial({
  /** 地区生产总值, cumulative for the period, in fen. */
  gdp: Fen,
  /** 高新技术产业增加值, cumulative for the period, in fen. */
  hightechValueAdded: Fen,
  /** The published year-on-year rate of the value added (同比), kept as published. */
  hightechVaYoy: Rate,
  /** The published year-on-year rate of GDP. */
  gdpYoy: Rate,
  /** The published share of GDP (占GDP比重), kept beside the ratio of the two amounts. */
  publishedShare: Rate,
});
export type Figures = t.TypeOf<typeof Figures>;

export const FigureName = t.keyof({
  gdp: null,
  hightechValueAdded: null,
  hightechVaYoy: null,
  gdpYoy: null,
  publishedShare: null,
});
export type FigureName = t.TypeOf<typeof FigureName>;

export const figureNames: readonly FigureName[] = [
  'gdp',
  'hightechValueAdded',
  'hightechVaYoy',
  'gdpYoy',
  'publishedShare',
];

/** Only the figures of `source` (a command's or an event's data), without its other fields. */
export const figuresOf = (source: Figures): Figures => {
  const out: Record<string, unknown> = {};
  for (const name of figureNames) if (source[name] !== undefined) out[name] = source[name];
  return out as Figures;
};

/** The figures a publication states, in the canonical order. */
export const statedFigures = (figures: Figures): FigureName[] => figureNames.filter((n) => figures[n] !== undefined);

/**
 * The figures of the release after a publication: what it states, over what was known before.
 * A later document may state only GDP; the value added published earlier is still the latest
 * known. A forecast's figures are not carried into a measured vintage: a forecast is never
 * presented as a measurement.
 */
export const mergeFigures = (
  previous: { readonly vintage: Vintage; readonly figures: Figures } | undefined,
  vintage: Vintage,
  stated: Figures,
): Figures => {
  const base =
    previous === undefined || (previous.vintage === 'forecast' && vintage !== 'forecast') ? {} : previous.figures;
  return { ...base, ...figuresOf(stated) };
};

/** Same figures, value for value. */
export const sameFigures = (a: Figures, b: Figures): boolean => figureNames.every((n) => a[n] === b[n]);
