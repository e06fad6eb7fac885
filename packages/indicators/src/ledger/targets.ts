import type { Ledger } from './ledger';

export const targetKey = (regionId: string, year: number | string, indicatorId: string) =>
  `${regionId}|${year}|${indicatorId}`;

/** The annual target of a region's year for an indicator, as last set or revised; never summed. */
export const targetOf = (ledger: Ledger, regionId: string, year: number, indicatorId: string): number | undefined =>
  ledger.targets[targetKey(regionId, year, indicatorId)];
