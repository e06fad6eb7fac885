/**
 * Flow figures bucketed by metric, region and business day: `flows[metric][regionId][date]`.
 * Any period is a sum over days, and the size grows with regions × days, never with the number of
 * events, which keeps a rebuild of a million events in flat memory.
 */
export type Flows = Record<string, Record<string, Record<string, number>>>;

/** Adds `amount` to a metric's bucket for one region and day. */
export const addFlow = (flows: Flows, metric: string, regionId: string, date: string, amount: number): void => {
  let byRegion = flows[metric];
  if (!byRegion) {
    byRegion = {};
    flows[metric] = byRegion;
  }
  let byDate = byRegion[regionId];
  if (!byDate) {
    byDate = {};
    byRegion[regionId] = byDate;
  }
  byDate[date] = (byDate[date] ?? 0) + amount;
};

/** Separates a metric from a breakdown key, e.g. `platforms.filed#maker-space/national`. */
export const BREAKDOWN = '#';

/** Adds to the metric and to its breakdown bucket in one go. */
export const addFlowWithBreakdown = (
  flows: Flows,
  metric: string,
  breakdownKey: string,
  regionId: string,
  date: string,
  amount: number,
): void => {
  addFlow(flows, metric, regionId, date, amount);
  addFlow(flows, `${metric}${BREAKDOWN}${breakdownKey}`, regionId, date, amount);
};

export interface FlowQuery {
  readonly regionIds: readonly string[];
  readonly start: string;
  readonly end: string;
}

/** Sum of a metric over regions and the inclusive date range; `found` tells whether any bucket fell in it. */
export const sumFlow = (
  flows: Flows,
  metric: string,
  q: FlowQuery,
): { readonly sum: number; readonly found: boolean } => {
  let sum = 0;
  let found = false;
  const byRegion = flows[metric];
  if (!byRegion) return { sum, found };
  for (const regionId of q.regionIds) {
    const byDate = byRegion[regionId];
    if (!byDate) continue;
    for (const date in byDate) {
      if (date >= q.start && date <= q.end) {
        sum += byDate[date] as number;
        found = true;
      }
    }
  }
  return { sum, found };
};

/** The breakdown of a metric over the same query, keyed by breakdown key; zero buckets are left out. */
export const breakdownOf = (flows: Flows, metric: string, q: FlowQuery): Record<string, number> => {
  const prefix = `${metric}${BREAKDOWN}`;
  const out: Record<string, number> = {};
  for (const key of Object.keys(flows).sort()) {
    if (!key.startsWith(prefix)) continue;
    const { sum } = sumFlow(flows, key, q);
    if (sum !== 0) out[key.slice(prefix.length)] = sum;
  }
  return out;
};
