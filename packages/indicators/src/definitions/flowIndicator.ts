import { breakdownOf, sumFlow } from '../ledger/flows';
import type { BilingualLabel, IndicatorUnit } from '../result';
import type { IndicatorDefinition } from './indicator';

/** An indicator that sums one ledger flow over the period and the region's subtree. */
export const flowIndicator = (spec: {
  readonly id: string;
  readonly label: BilingualLabel;
  readonly unit: IndicatorUnit;
  readonly formula: string;
  /** Ledger metric; the indicator id by default. */
  readonly metric?: string;
  readonly withBreakdown?: boolean;
}): IndicatorDefinition => {
  const metric = spec.metric ?? spec.id;
  return {
    id: spec.id,
    label: spec.label,
    unit: spec.unit,
    kind: 'flow',
    formula: spec.formula,
    measure: ({ ledger, regionIds, period }) => {
      const q = { regionIds, start: period.start, end: period.end };
      const { sum, found } = sumFlow(ledger.flows, metric, q);
      return {
        value: sum,
        hasData: found,
        ...(spec.withBreakdown ? { breakdown: breakdownOf(ledger.flows, metric, q) } : {}),
      };
    },
  };
};
