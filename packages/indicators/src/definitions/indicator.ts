import type { Ledger } from '../ledger/ledger';
import type { Period } from '../period/period';
import type { BilingualLabel, IndicatorUnit } from '../result';

/** Where and when an indicator is measured. */
export interface MeasureContext {
  readonly ledger: Ledger;
  /** The region asked for, as written in events and targets. */
  readonly regionId: string;
  /** The region and every region below it: flows of a city are the sum of its counties and zones. */
  readonly regionIds: readonly string[];
  readonly period: Period;
}

/** What an indicator measures, before targets and schedules are added. */
export interface Measurement {
  readonly value: number | null;
  /** False when history holds nothing for the period: then no previous-year figure is reported. */
  readonly hasData: boolean;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly breakdown?: Readonly<Record<string, number>>;
  readonly publishedYoy?: number;
  readonly vintage?: string;
  readonly reason?: string;
}

/**
 * A standard indicator: a stable id, bilingual label, unit and formula, and how to measure it from
 * the ledger. Flows count what happened inside the period (by business date); stocks are measured
 * at the period's last day.
 */
export interface IndicatorDefinition {
  readonly id: string;
  readonly label: BilingualLabel;
  readonly unit: IndicatorUnit;
  readonly kind: 'flow' | 'stock';
  /** The formula in words, as the docs and `explain` show it. */
  readonly formula: string;
  readonly measure: (ctx: MeasureContext) => Measurement;
}
