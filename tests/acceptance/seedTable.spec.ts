import { domainEventRegistry } from '@innoledger/core';
import { computeIndicators, type IndicatorResult } from '@innoledger/indicators';
import type { EventStore } from '@innoledger/kernel';
import { isLeft } from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertSeedTable, indicator, type SeedTableResults } from './seedTable';
import { seedTableFromLibrary } from './seedTableFromLibrary';
import { xianningInMemory } from './xianningInMemory';

let store: EventStore;
let table: SeedTableResults;

const city = async (period: string, knownAt?: string): Promise<readonly IndicatorResult[]> => {
  const computed = await computeIndicators(store, {
    region: 'xianning',
    period,
    registry: domainEventRegistry,
    ...(knownAt === undefined ? {} : { knownAt }),
  });
  if (isLeft(computed)) throw new Error(JSON.stringify(computed.left));
  return computed.right;
};

beforeAll(async () => {
  ({ store } = await xianningInMemory());
  table = await seedTableFromLibrary(store);
});

describe('the seed table, from the library on the in-memory store', () => {
  it('reproduces every row and the year’s targets', () => {
    assertSeedTable(table);
  });
});

describe('the full year 2020 (the example’s second half)', () => {
  let year: readonly IndicatorResult[];
  beforeAll(async () => {
    year = await city('2020');
  });

  it('meets the high-tech enterprise targets in November and December', () => {
    expect(indicator(year, 'hte.applications')).toMatchObject({ value: 125, target: 120 });
    expect(indicator(year, 'hte.newly_certified')).toMatchObject({ value: 97, target: 95 });
    // 190 in force at the end of 2019, 37 certificates of 2017 expire, 97 issued.
    expect(indicator(year, 'hte.in_force')).toMatchObject({ value: 250, target: 248, previousYear: 190 });
    expect(indicator(table.h1, 'hte.in_force').value).toBe(190);
  });

  it('builds 62 new-type R&D institutions and covers 31% of above-scale enterprises', () => {
    expect(indicator(table.h1, 'rd_institutions.new_type').value).toBe(25);
    expect(indicator(table.h1, 'rd_institutions.coverage')).toMatchObject({
      numerator: 88,
      denominator: 400,
      value: 0.22,
    });
    expect(indicator(year, 'rd_institutions.new_type')).toMatchObject({ value: 62, target: 60 });
    expect(indicator(year, 'rd_institutions.coverage')).toMatchObject({
      numerator: 124,
      denominator: 400,
      value: 0.31,
    });
  });

  it('wins 1650万元 from higher levels once the provincial proposals are decided', () => {
    const funding = indicator(year, 'funding.won_from_higher_levels');
    expect(funding).toMatchObject({ value: 1_650_000_000, target: 1_500_000_000 });
    expect(funding.breakdown).toEqual({ national: 750_000_000, provincial: 900_000_000 });
    expect(indicator(year, 'projects.pending').breakdown).toEqual({
      'hubei-rural-sci-tech': 1,
      'most-resource-backed-innovation-carrier': 1,
    });
  });

  it('passes the achievement and award targets', () => {
    expect(indicator(year, 'achievements.registered')).toMatchObject({ value: 65, target: 60, previousYear: 52 });
    expect(indicator(year, 'achievements.transformed')).toMatchObject({ value: 63, target: 60, previousYear: 45 });
    expect(indicator(year, 'awards.won')).toMatchObject({ value: 6, target: 5, breakdown: { provincial: 6 } });
  });

  it('registers about 650 more contracts, net of the November revocation', () => {
    expect(indicator(year, 'contracts.count').value).toBe(649 + 650 - 1);
    const amount = indicator(year, 'contracts.amount').value ?? 0;
    expect(amount).toBeGreaterThan(500_000_000_000);
    // H1 3,013,000,000 yuan + H2 2,200,000,000 yuan + a 1,200,000-yuan amendment − the revoked contract.
    const revoked = 301_300_000_000 + 220_000_000_000 + 120_000_000 - amount;
    expect(revoked).toBeGreaterThan(0);
    expect(revoked).toBeLessThan(50_000_000_000);
  });

  it('reads the statistics where they were published, as revised', async () => {
    expect(indicator(year, 'hightech_va.share_of_gdp')).toMatchObject({
      numerator: 2_361_200_000_000,
      denominator: 15_246_700_000_000,
      vintage: 'final',
    });
    const h1Now = indicator(table.h1, 'hightech_va.share_of_gdp');
    expect(h1Now).toMatchObject({ value: 0.146, vintage: 'preliminary' });
    const va2019Then = indicator(await city('2019', '2020-07-20'), 'hightech_va.amount');
    const va2019Now = indicator(await city('2019'), 'hightech_va.amount');
    expect(va2019Then).toMatchObject({ value: 2_290_000_000_000, vintage: 'preliminary' });
    expect(va2019Now).toMatchObject({ value: 2_295_700_000_000, vintage: 'final' });
  });

  it('keeps the first half as it was: later amendments count on their own dates', async () => {
    const asKnownOnJuly1 = await city('2020-H1', '2020-07-01');
    expect(indicator(asKnownOnJuly1, 'contracts.amount').value).toBe(indicator(table.h1, 'contracts.amount').value);
    expect(indicator(asKnownOnJuly1, 'contracts.count').value).toBe(649);
  });

  it('shows the funding target as it was before its March revision', async () => {
    const february = await city('2020-H1', '2020-02-29');
    expect(indicator(february, 'funding.won_from_higher_levels').target).toBe(1_000_000_000);
  });
});
