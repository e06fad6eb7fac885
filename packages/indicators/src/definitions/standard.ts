import { flowIndicators } from './flows';
import type { IndicatorDefinition } from './indicator';
import { flowRatioIndicators } from './ratios';
import { statisticsIndicators } from './statistics';
import { stockIndicators } from './stocks';

/** Display order of the dashboard: the bureau report's sections, headline figures first. */
const ORDER = [
  'hightech_va.amount',
  'hightech_va.share_of_gdp',
  'hte.in_force',
  'hte.applications',
  'hte.newly_certified',
  'tech_sme.registered',
  'enterprises.resumption_rate',
  'rd_institutions.new_type',
  'rd_institutions.coverage',
  'contracts.count',
  'contracts.amount',
  'contracts.tech_amount',
  'achievements.registered',
  'achievements.transformed',
  'awards.applications',
  'awards.won',
  'platforms.filed',
  'platforms.active',
  'funding.won_from_higher_levels',
  'projects.planned',
  'projects.proposals',
  'projects.approved',
  'projects.pending',
  'projects.accepted',
  'projects.acceptance_pass_rate',
  'services.trainings',
];

const all = new Map<string, IndicatorDefinition>(
  [...flowIndicators, ...stockIndicators, ...flowRatioIndicators, ...statisticsIndicators].map((d) => [d.id, d]),
);

/** Every standard indicator, in dashboard order. */
export const standardIndicators: readonly IndicatorDefinition[] = ORDER.map((id) => {
  const definition = all.get(id);
  if (!definition) throw new Error(`standard indicator ${id} has no definition`);
  return definition;
});
