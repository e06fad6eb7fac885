import { xianningRegions } from '@innoledger/core';
import { describe, expect, it } from 'vitest';
import { indicatorsFromLedger } from '../computeIndicators';
import { emptyLedger } from '../ledger/ledger';
import type { IndicatorResult } from '../result';
import { standardIndicators } from './standard';
import { testLedger } from './testLedger';

const measure = (id: string, period: string, region = 'xianning', ledger = testLedger()): IndicatorResult => {
  const results = indicatorsFromLedger(ledger, { region, period, ids: [id] });
  if (results._tag === 'Left') throw new Error(JSON.stringify(results.left));
  return results.right[0] as IndicatorResult;
};

describe('standard indicators', () => {
  it('lists every indicator id the issue names, once, with bilingual labels', () => {
    const ids = standardIndicators.map((d) => d.id);
    for (const id of [
      'hte.in_force',
      'hte.applications',
      'hte.newly_certified',
      'tech_sme.registered',
      'hightech_va.amount',
      'hightech_va.share_of_gdp',
      'contracts.count',
      'contracts.amount',
      'contracts.tech_amount',
      'achievements.registered',
      'achievements.transformed',
      'awards.applications',
      'awards.won',
      'platforms.filed',
      'platforms.active',
      'rd_institutions.new_type',
      'rd_institutions.coverage',
      'funding.won_from_higher_levels',
      'projects.planned',
      'projects.proposals',
      'projects.approved',
      'projects.accepted',
      'projects.acceptance_pass_rate',
      'enterprises.resumption_rate',
      'services.trainings',
    ])
      expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of standardIndicators) expect(d.label.zh.length * d.label.en.length).toBeGreaterThan(0);
  });

  it('hte.in_force counts enterprises with a certificate in force on the last day, against the target', () => {
    const h1 = measure('hte.in_force', '2020-H1');
    expect(h1).toMatchObject({ value: 2, target: 4, progress: 0.5, timeProgress: 182 / 366, aheadOfSchedule: true });
    // On 2020-02-01: A, B, C in force; D expired 2020-02-27 so still in force too.
    expect(measure('hte.in_force', '2020-01-01..2020-02-01').value).toBe(4);
    expect(measure('hte.in_force', '2020-Q1', 'jiayu').value).toBe(2);
    // A year earlier (2019-H1): A, C, D in force; B issued in December 2019.
    expect(h1.previousYear).toBe(3);
  });

  it('resumption rate: above-scale enterprises in force that produce ÷ all such, with exact inputs', () => {
    expect(measure('enterprises.resumption_rate', '2020-01-01..2020-04-10')).toMatchObject({
      value: 0.5,
      numerator: 1,
      denominator: 2,
    });
    expect(measure('enterprises.resumption_rate', '2020-01-01..2020-03-01')).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 2,
    });
  });

  it('coverage: above-scale enterprises hosting an active new-type institution ÷ above-scale enterprises', () => {
    // D drops out of above-scale in 2020, so the base is A and B; A hosts p1 from 2020-03-01.
    expect(measure('rd_institutions.coverage', '2020-H1')).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
    expect(measure('rd_institutions.coverage', '2020-01')).toMatchObject({ value: 0, numerator: 0, denominator: 2 });
  });

  it('platforms.active counts platforms by highest level held on the day, not revoked', () => {
    expect(measure('platforms.active', '2020-H1')).toMatchObject({
      value: 2,
      breakdown: { 'maker-space/national': 1, 'new-type-rd-institution/municipal': 1 },
    });
  });

  it('projects.pending counts proposals undecided at the end of the period', () => {
    expect(measure('projects.pending', '2020-05')).toMatchObject({ value: 2, breakdown: { 'hubei-key-rnd': 2 } });
    expect(measure('projects.pending', '2020-H1')).toMatchObject({ value: 1 });
  });

  it('value added reads the release for exactly the period, with the published rate', () => {
    expect(measure('hightech_va.amount', '2020-Q1')).toMatchObject({
      value: 309_500_000_000,
      publishedYoy: -0.405,
      previousYear: 520_200_000_000,
      vintage: 'preliminary',
    });
  });

  it('share of GDP keeps exact inputs, and a forecast gives its published share', () => {
    const q1 = measure('hightech_va.share_of_gdp', '2020-Q1');
    expect(q1).toMatchObject({ numerator: 309_500_000_000, denominator: 2_301_100_000_000, target: 0.155 });
    expect(q1.value).toBeCloseTo(0.1345, 4);
    expect((q1.value as number) - (q1.previousYear as number)).toBeCloseTo(-0.03, 3);
    expect(measure('hightech_va.share_of_gdp', '2020-H1')).toMatchObject({ value: 0.145, vintage: 'forecast' });
  });

  it('a period with no release of its own is null with a reason, never a sum', () => {
    const q2 = measure('hightech_va.share_of_gdp', '2020-Q2');
    expect(q2.value).toBeNull();
    expect(q2.reason).toContain('no statistics release for xianning 2020-04-01..2020-06-30');
    expect(measure('hightech_va.amount', '2020-Q1', 'chibi').value).toBeNull();
  });

  it('a ratio with nothing to divide is null with a reason', () => {
    const r = measure('projects.acceptance_pass_rate', '2020-H1', 'xianning', emptyLedger());
    expect(r).toMatchObject({ value: null, reason: 'no acceptance decision in the period' });
  });

  it('a region can be asked by its GB/T 2260 code', () => {
    expect(measure('hte.in_force', '2020-H1', '421281').value).toBe(1);
    expect(xianningRegions.find('421281')?.id).toBe('chibi');
  });

  it('refuses unknown regions, periods and indicators with typed errors', () => {
    expect(indicatorsFromLedger(testLedger(), { region: 'wuhan', period: '2020' })).toMatchObject({
      left: { _tag: 'UnknownRegionRequested', region: 'wuhan' },
    });
    expect(indicatorsFromLedger(testLedger(), { region: 'xianning', period: '2020-H3' })).toMatchObject({
      left: { _tag: 'InvalidPeriod' },
    });
    expect(
      indicatorsFromLedger(testLedger(), { region: 'xianning', period: '2020', ids: ['gdp.growth'] }),
    ).toMatchObject({ left: { _tag: 'UnknownIndicator', id: 'gdp.growth' } });
  });
});
