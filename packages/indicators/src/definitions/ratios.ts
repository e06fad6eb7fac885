import { sumFlow } from '../ledger/flows';
import type { IndicatorDefinition } from './indicator';

/** Ratios of two flows over the same period. */
export const flowRatioIndicators: readonly IndicatorDefinition[] = [
  {
    id: 'projects.acceptance_pass_rate',
    label: { zh: '验收通过率', en: 'Acceptance pass rate' },
    unit: 'ratio',
    kind: 'flow',
    formula: 'final acceptance decisions that passed ÷ all final acceptance decisions, by decidedOn in the period',
    measure: ({ ledger, regionIds, period }) => {
      const q = { regionIds, start: period.start, end: period.end };
      const decided = sumFlow(ledger.flows, 'projects.accepted', q);
      const passed = sumFlow(ledger.flows, 'projects.accepted#passed', q);
      if (decided.sum === 0) return { value: null, hasData: false, reason: 'no acceptance decision in the period' };
      return { value: passed.sum / decided.sum, hasData: true, numerator: passed.sum, denominator: decided.sum };
    },
  },
];
