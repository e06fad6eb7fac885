import { domainEventRegistry } from '@innoledger/core';
import { computeIndicators, type IndicatorResult } from '@innoledger/indicators';
import type { EventStore } from '@innoledger/kernel';
import { isLeft } from 'fp-ts/lib/Either.js';
import { type SeedTableKey, type SeedTableResults, seedTableQueries } from './seedTable';

/** Answers every seed-table query from the library API on `store` (any adapter). */
export const seedTableFromLibrary = async (store: EventStore): Promise<SeedTableResults> => {
  const entries: [SeedTableKey, readonly IndicatorResult[]][] = [];
  for (const [key, query] of Object.entries(seedTableQueries) as [
    SeedTableKey,
    (typeof seedTableQueries)[SeedTableKey],
  ][]) {
    const results = await computeIndicators(store, { ...query, registry: domainEventRegistry });
    if (isLeft(results)) throw new Error(`indicators for ${key}: ${JSON.stringify(results.left)}`);
    entries.push([key, results.right]);
  }
  return Object.fromEntries(entries) as Record<SeedTableKey, readonly IndicatorResult[]>;
};
