import type { IndicatorDefinition, MeasureContext } from './definitions/indicator';
import type { Ledger } from './ledger/ledger';
import { targetOf } from './ledger/targets';
import { type Period, previousYearOf, timeProgressOf } from './period/period';
import type { IndicatorResult } from './result';

export interface IndicatorQuery {
  readonly regionId: string;
  readonly regionIds: readonly string[];
  readonly period: Period;
}

/**
 * Measures one indicator and sets it against the year's target: the annual target of the year the
 * period ends in (latest revision in the ledger), progress = value ÷ target, time progress = share
 * of the year elapsed at the period's last day, ahead of schedule = progress ≥ time progress.
 */
export const computeIndicator = (
  definition: IndicatorDefinition,
  ledger: Ledger,
  query: IndicatorQuery,
): IndicatorResult => {
  const ctx: MeasureContext = { ledger, ...query };
  const m = definition.measure(ctx);
  const previous = definition.measure({ ...ctx, period: previousYearOf(query.period) });
  const { elapsed, daysInYear } = timeProgressOf(query.period);
  const timeProgress = elapsed / daysInYear;
  const target = targetOf(ledger, query.regionId, Number(query.period.end.slice(0, 4)), definition.id);
  const progress = m.value !== null && target !== undefined && target !== 0 ? m.value / target : undefined;
  return {
    id: definition.id,
    label: definition.label,
    unit: definition.unit,
    value: m.value,
    ...(m.numerator !== undefined ? { numerator: m.numerator } : {}),
    ...(m.denominator !== undefined ? { denominator: m.denominator } : {}),
    ...(target !== undefined ? { target } : {}),
    ...(progress !== undefined ? { progress, aheadOfSchedule: progress >= timeProgress } : {}),
    timeProgress,
    ...(previous.hasData && previous.value !== null ? { previousYear: previous.value } : {}),
    ...(m.publishedYoy !== undefined ? { publishedYoy: m.publishedYoy } : {}),
    ...(m.breakdown !== undefined ? { breakdown: m.breakdown } : {}),
    ...(m.vintage !== undefined ? { vintage: m.vintage } : {}),
    ...(m.reason !== undefined ? { reason: m.reason } : {}),
  };
};
