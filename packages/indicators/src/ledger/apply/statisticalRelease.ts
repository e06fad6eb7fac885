import type { StatisticalReleaseEvent } from '@innoledger/core';
import type { Ledger, PublicationFact } from '../ledger';

export const releaseKey = (regionId: string, start: string, end: string) => `${regionId}|${start}|${end}`;

/** Keeps every publication of a release in order; indicators read the latest known. */
export const applyStatisticalReleaseEvent = (ledger: Ledger, event: StatisticalReleaseEvent): void => {
  const d = event.data;
  const key = releaseKey(d.regionId, d.periodStart, d.periodEnd);
  const publication: PublicationFact = {
    vintage: d.vintage,
    publishedOn: d.publishedOn,
    ...(d.gdp !== undefined ? { gdp: d.gdp } : {}),
    ...(d.hightechValueAdded !== undefined ? { hightechValueAdded: d.hightechValueAdded } : {}),
    ...(d.hightechVaYoy !== undefined ? { hightechVaYoy: d.hightechVaYoy } : {}),
    ...(d.publishedShare !== undefined ? { publishedShare: d.publishedShare } : {}),
  };
  const list = ledger.releases[key] ?? [];
  list.push(publication);
  ledger.releases[key] = list;
};
