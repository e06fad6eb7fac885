// The seed's table (../shared/domain.md) as one reusable assertion over indicator results, so the
// same rows are checked from the library on every store and from the CLI's JSON.

import type { IndicatorResult } from '@innoledger/indicators';
import { expect } from 'vitest';

/** The questions the table needs answered, for the city; `knownAt` only where the row needs a past view. */
export const seedTableQueries = {
  /** Most rows: the first half of 2020, as known now. */
  h1: { region: 'xianning', period: '2020-H1' },
  /** Rows 7–8: the first quarter's statistics. */
  q1: { region: 'xianning', period: '2020-Q1' },
  /** Row 9: the H1 share as the dashboard said on 20 July 2020, before the statistics bureau's figures. */
  h1AsKnownOn20200720: { region: 'xianning', period: '2020-H1', knownAt: '2020-07-20' },
  /** Row 17: resumption of above-scale high-tech enterprises by early April. */
  resumption: { region: 'xianning', period: '2020-01-01..2020-04-10' },
  /** Row 17, the other side: on 1 March they had not all resumed. */
  beforeResumption: { region: 'xianning', period: '2020-01-01..2020-03-01' },
} as const;

export type SeedTableKey = keyof typeof seedTableQueries;
export type SeedTableResults = Readonly<Record<SeedTableKey, readonly IndicatorResult[]>>;

/** 2020-H1: 1 January through 30 June of a leap year. */
export const H1_2020_TIME_PROGRESS = 182 / 366;

/** The result with `id`, failing the test with the ids present when it is missing. */
export const indicator = (results: readonly IndicatorResult[], id: string): IndicatorResult => {
  const found = results.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no indicator ${id} among ${results.map((r) => r.id).join(', ')}`);
  return found;
};

/** Rows 1–6: planned projects, proposals, approvals, national funding and what is still pending. */
const assertProjects = (h1: readonly IndicatorResult[]): void => {
  expect(indicator(h1, 'projects.planned').value).toBe(38);
  const proposals = indicator(h1, 'projects.proposals');
  expect(proposals.value).toBe(16);
  expect(proposals.breakdown).toEqual({
    'most-tech-boost-economy-2020': 11,
    'hundred-cities-hundred-parks': 1,
    'hubei-itri-post-performance-subsidy': 1,
    'hubei-key-rnd': 3,
  });
  const approved = indicator(h1, 'projects.approved');
  expect(approved.value).toBe(12);
  expect(approved.breakdown).toEqual({ 'most-tech-boost-economy-2020': 11, 'hundred-cities-hundred-parks': 1 });
  const funding = indicator(h1, 'funding.won_from_higher_levels');
  expect(funding).toMatchObject({ unit: 'fen', value: 750_000_000, target: 1_500_000_000, progress: 0.5 });
  expect(funding.breakdown).toEqual({ national: 750_000_000 });
  const pending = indicator(h1, 'projects.pending');
  expect(pending.value).toBe(4);
  expect(pending.breakdown).toEqual({ 'hubei-itri-post-performance-subsidy': 1, 'hubei-key-rnd': 3 });
};

/** Rows 7–9: Q1 value added and share against Q1 2019, and the H1 forecast. */
const assertStatistics = (results: SeedTableResults): void => {
  const amount = indicator(results.q1, 'hightech_va.amount');
  expect(amount).toMatchObject({ unit: 'fen', value: 309_500_000_000, publishedYoy: -0.405 });
  expect(amount.previousYear).toBe(520_200_000_000);
  // 30.95 ÷ 52.02 − 1 = −40.5% to one decimal, as published.
  expect(((amount.value ?? 0) / (amount.previousYear ?? 1) - 1).toFixed(3)).toBe('-0.405');
  const share = indicator(results.q1, 'hightech_va.share_of_gdp');
  expect(share).toMatchObject({ unit: 'ratio', numerator: 309_500_000_000, denominator: 2_301_100_000_000 });
  expect(share.value).toBe(309_500_000_000 / 2_301_100_000_000);
  expect(share.value?.toFixed(4)).toBe('0.1345');
  expect(share.previousYear).toBe(520_200_000_000 / 3_162_000_000_000);
  expect(share.previousYear?.toFixed(4)).toBe('0.1645');
  expect(((share.value ?? 0) - (share.previousYear ?? 0)).toFixed(3)).toBe('-0.030');
  const forecast = indicator(results.h1AsKnownOn20200720, 'hightech_va.share_of_gdp');
  expect(forecast).toMatchObject({ value: 0.145, vintage: 'forecast', target: 0.155 });
  // 与去年同期持平: equal to H1 2019.
  expect(forecast.previousYear).toBe(0.145);
};

/** Rows 10–13: achievements, contracts and awards against the year's targets. */
const assertTransfer = (h1: readonly IndicatorResult[]): void => {
  const registered = indicator(h1, 'achievements.registered');
  expect(registered).toMatchObject({ value: 40, target: 60 });
  expect(Math.floor((registered.progress ?? 0) * 10_000) / 100).toBe(66.66);
  expect(indicator(h1, 'contracts.count').value).toBe(649);
  const contracts = indicator(h1, 'contracts.amount');
  expect(contracts).toMatchObject({ unit: 'fen', value: 301_300_000_000, target: 500_000_000_000, progress: 0.6026 });
  expect(contracts.aheadOfSchedule).toBe(true);
  const transformed = indicator(h1, 'achievements.transformed');
  expect(transformed).toMatchObject({ value: 25, target: 60 });
  expect(Math.floor((transformed.progress ?? 0) * 1_000) / 10).toBe(41.6);
  expect(indicator(h1, 'awards.applications').value).toBe(34);
  expect(indicator(h1, 'awards.won').target).toBe(5);
};

/** Rows 14–18: platforms filed, acceptance, resumption and service activities. */
const assertPlatformsAndServices = (results: SeedTableResults): void => {
  const filed = indicator(results.h1, 'platforms.filed');
  expect(filed.breakdown).toMatchObject({
    'maker-space/national': 1,
    'maker-space/provincial': 2,
    'star-innovation-base/provincial': 4,
    'star-innovation-base/municipal': 12,
    'agricultural-demonstration-base/municipal': 48,
  });
  const accepted = indicator(results.h1, 'projects.accepted');
  expect(accepted.value).toBe(78);
  expect(accepted.breakdown).toEqual({ passed: 78 });
  expect(indicator(results.h1, 'projects.acceptance_pass_rate')).toMatchObject({
    value: 1,
    numerator: 78,
    denominator: 78,
  });
  const resumption = indicator(results.resumption, 'enterprises.resumption_rate');
  expect(resumption.value).toBe(1);
  expect(resumption.numerator).toBe(resumption.denominator);
  expect(resumption.denominator).toBeGreaterThan(0);
  const before = indicator(results.beforeResumption, 'enterprises.resumption_rate');
  expect(before.value).toBeLessThan(1);
  expect(before.denominator).toBe(resumption.denominator);
  const services = indicator(results.h1, 'services.trainings');
  expect(services.value).toBe(10);
  expect(services.breakdown).toEqual({ training: 7, lecture: 3 });
};

/** The year's targets (全年目标任务), read from the H1 results, and the H1 time progress. */
const assertTargets = (h1: readonly IndicatorResult[]): void => {
  const targets: Record<string, number> = {
    'hte.in_force': 248,
    'hte.newly_certified': 95,
    'hte.applications': 120,
    'hightech_va.share_of_gdp': 0.155,
    'rd_institutions.new_type': 60,
    'rd_institutions.coverage': 0.3,
    'funding.won_from_higher_levels': 1_500_000_000,
    'awards.won': 5,
    'achievements.registered': 60,
    'achievements.transformed': 60,
    'contracts.amount': 500_000_000_000,
  };
  for (const [id, target] of Object.entries(targets))
    expect({ id, target: indicator(h1, id).target }).toEqual({ id, target });
  for (const result of h1)
    expect({ id: result.id, timeProgress: result.timeProgress }).toEqual({
      id: result.id,
      timeProgress: H1_2020_TIME_PROGRESS,
    });
};

/**
 * Asserts every row of the seed's table and the year's targets on results obtained for
 * {@link seedTableQueries} — from the library on any store, or from `innoledger indicators --json`.
 */
export const assertSeedTable = (results: SeedTableResults): void => {
  assertProjects(results.h1);
  assertStatistics(results);
  assertTransfer(results.h1);
  assertPlatformsAndServices(results);
  assertTargets(results.h1);
};
