import { describe, it } from 'vitest';
import { command, event, HOUFU, HOUFU_NAME, REGION, registered, spec } from './fixtures';

const register = (over: Record<string, unknown> = {}) =>
  command('RegisterEnterprise', {
    name: HOUFU_NAME,
    regionId: REGION,
    industry: '医疗仪器设备及器械制造',
    establishedOn: '2015-03-10',
    registeredOn: '2019-01-15',
    ...over,
  });

describe('RegisterEnterprise', () => {
  it('registers an enterprise in a known region', () => {
    spec.when(register()).then([registered]);
  });

  it('refuses a second registration', () => {
    spec
      .given([registered])
      .when(register())
      .thenRejects({ _tag: 'EnterpriseAlreadyRegistered', uscc: HOUFU, registeredOn: '2019-01-15' });
  });

  it('refuses a region the hierarchy does not have', () => {
    spec
      .when(register({ regionId: 'wuhan' }))
      .thenRejects({ _tag: 'UnknownRegion', regionId: 'wuhan', path: 'data.regionId' });
  });

  it('refuses a registration dated before the establishment', () => {
    spec.when(register({ registeredOn: '2015-03-09' })).thenRejects({
      _tag: 'DateOutOfOrder',
      uscc: HOUFU,
      path: 'data.registeredOn',
      date: '2015-03-09',
      notBefore: '2015-03-10',
    });
  });

  it('refuses every other command while the enterprise is not registered', () => {
    spec
      .when(command('RecordProductionStatus', { status: 'resumed', since: '2020-04-08' }))
      .thenRejects({ _tag: 'EnterpriseNotRegistered', uscc: HOUFU });
    spec
      .when(command('SubmitHighTechApplication', { applicationId: 'HT-1', submittedOn: '2020-06-15' }))
      .thenRejects({ _tag: 'EnterpriseNotRegistered', uscc: HOUFU });
  });
});

describe('RecordAboveScaleStatus (规上)', () => {
  const status = (over: Record<string, unknown> = {}) =>
    command('RecordAboveScaleStatus', {
      year: 2020,
      aboveScaleIndustrial: true,
      mainRevenue: 3_500_000_000,
      recordedOn: '2020-02-10',
      ...over,
    });
  const recorded = (over: Record<string, unknown> = {}) =>
    event('AboveScaleStatusRecorded', {
      year: 2020,
      aboveScaleIndustrial: true,
      mainRevenue: 3_500_000_000,
      recordedOn: '2020-02-10',
      correction: false,
      ...over,
    });

  it('records the status of a year, with the region for projections', () => {
    spec.given([registered]).when(status()).then([recorded()]);
  });

  it('records a later record for the same year as a correction that supersedes', () => {
    spec
      .given([registered, recorded()])
      .when(status({ aboveScaleIndustrial: false, mainRevenue: 1_900_000_000, recordedOn: '2020-03-01' }))
      .then([
        recorded({
          aboveScaleIndustrial: false,
          mainRevenue: 1_900_000_000,
          recordedOn: '2020-03-01',
          correction: true,
        }),
      ]);
  });

  it('refuses a repeat that changes nothing', () => {
    spec
      .given([registered, recorded()])
      .when(status({ recordedOn: '2020-03-01' }))
      .thenRejects({ _tag: 'AboveScaleStatusUnchanged', uscc: HOUFU, year: 2020 });
  });

  it('refuses a correction dated before the record it corrects', () => {
    spec
      .given([registered, recorded()])
      .when(status({ mainRevenue: 3_600_000_000, recordedOn: '2020-02-01' }))
      .thenRejects({
        _tag: 'DateOutOfOrder',
        uscc: HOUFU,
        path: 'data.recordedOn',
        date: '2020-02-01',
        notBefore: '2020-02-10',
      });
  });

  it('refuses above-scale status below 20 M yuan of main revenue since 2011', () => {
    spec
      .given([registered])
      .when(status({ mainRevenue: 1_999_999_999 }))
      .thenRejects({
        _tag: 'MainRevenueBelowAboveScaleThreshold',
        uscc: HOUFU,
        year: 2020,
        mainRevenue: 1_999_999_999,
        threshold: 2_000_000_000,
      });
  });

  it('judges 2010 by the 5 M yuan threshold of its day', () => {
    spec
      .given([registered])
      .when(status({ year: 2010, mainRevenue: 600_000_000 }))
      .then([recorded({ year: 2010, mainRevenue: 600_000_000 })]);
  });

  it('refuses a year before any threshold was defined', () => {
    spec
      .given([registered])
      .when(status({ year: 2005 }))
      .thenRejects({ _tag: 'NoRuleInForce', uscc: HOUFU, rule: 'above-scale-threshold', date: '2005-01-01' });
  });

  it('records a non-industrial enterprise with large revenue as not above-scale', () => {
    spec
      .given([registered])
      .when(status({ aboveScaleIndustrial: false }))
      .then([recorded({ aboveScaleIndustrial: false })]);
  });
});

describe('RecordTechSmeEvaluation (科技型中小企业评价)', () => {
  const evaluation = (over: Record<string, unknown> = {}) =>
    command('RecordTechSmeEvaluation', {
      year: 2020,
      score: 72,
      employees: 180,
      annualSales: 8_000_000_000,
      totalAssets: 12_000_000_000,
      registrationNo: '202042120100000123',
      evaluatedOn: '2020-04-20',
      ...over,
    });
  const admitted = event('TechSmeRegistered', {
    year: 2020,
    score: 72,
    employees: 180,
    annualSales: 8_000_000_000,
    totalAssets: 12_000_000_000,
    registrationNo: '202042120100000123',
    evaluatedOn: '2020-04-20',
  });

  it('admits an enterprise that meets every criterion', () => {
    spec.given([registered]).when(evaluation()).then([admitted]);
  });

  it('admits at the limits: score 60, 500 employees, 2亿 of sales and of assets', () => {
    const { registrationNo: _, ...withoutNo } = admitted.data;
    spec
      .given([registered])
      .when(
        command('RecordTechSmeEvaluation', {
          year: 2020,
          score: 60,
          employees: 500,
          annualSales: 20_000_000_000,
          totalAssets: 20_000_000_000,
          evaluatedOn: '2020-04-20',
        }),
      )
      .then([
        event('TechSmeRegistered', {
          ...withoutNo,
          score: 60,
          employees: 500,
          annualSales: 20_000_000_000,
          totalAssets: 20_000_000_000,
        }),
      ]);
  });

  it('names every failing criterion with its value and limit', () => {
    spec
      .given([registered])
      .when(evaluation({ score: 59, employees: 501, annualSales: 20_000_000_001, totalAssets: 20_000_000_001 }))
      .thenRejects({
        _tag: 'TechSmeCriteriaNotMet',
        uscc: HOUFU,
        year: 2020,
        failing: [
          { criterion: 'score', value: 59, limit: 60 },
          { criterion: 'employees', value: 501, limit: 500 },
          { criterion: 'annualSales', value: 20_000_000_001, limit: 20_000_000_000 },
          { criterion: 'totalAssets', value: 20_000_000_001, limit: 20_000_000_000 },
        ],
      });
  });

  it('refuses a second admission for the same year', () => {
    spec
      .given([registered, admitted])
      .when(evaluation({ evaluatedOn: '2020-09-01' }))
      .thenRejects({ _tag: 'TechSmeAlreadyRegistered', uscc: HOUFU, year: 2020, evaluatedOn: '2020-04-20' });
  });

  it('admits again for the next year', () => {
    spec
      .given([registered, admitted])
      .when(evaluation({ year: 2021, evaluatedOn: '2021-04-20' }))
      .then([event('TechSmeRegistered', { ...admitted.data, year: 2021, evaluatedOn: '2021-04-20' })]);
  });

  it('refuses an evaluation dated before 国科发政〔2017〕115号', () => {
    spec
      .given([registered])
      .when(evaluation({ year: 2017, evaluatedOn: '2017-05-02' }))
      .thenRejects({ _tag: 'NoRuleInForce', uscc: HOUFU, rule: 'tech-sme', date: '2017-05-02' });
  });
});
