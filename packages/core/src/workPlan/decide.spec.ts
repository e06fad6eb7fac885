import { describe, expect, it } from 'vitest';
import type { RegionId } from '../regions/region';
import { yiYuan } from '../shared/money';
import type { Year } from '../shared/strings';
import type { SetTarget, WorkPlanCommand } from './commands';
import type { WorkPlanEvent } from './events';
import {
  activity,
  contractsTarget,
  d,
  held,
  issue,
  issued,
  plan,
  revise,
  setTarget,
  shareTarget,
  spec,
  str,
  targetSet,
  v,
} from './fixtures';
import { workPlan } from './index';
import type { TargetUnit } from './vocabulary';

// Targets and the module; documents and activities are in decide.activities.spec.ts.

const revised = (value: number, previousValue: number, revision: number, extra = {}): WorkPlanEvent => ({
  type: 'TargetRevised',
  data: {
    ...plan,
    indicatorId: shareTarget.data.indicatorId,
    unit: 'ratio',
    previousValue: v(previousValue),
    value: v(value),
    revisedOn: d('2020-07-20'),
    revision,
    ...extra,
  },
});

describe('SetTarget (全年目标任务)', () => {
  it('sets the seed targets: an amount in fen, a ratio and a count', () => {
    for (const c of [contractsTarget, shareTarget, setTarget('achievements.registered', 60, 'count')])
      spec.when(c).then([targetSet(c)]);
  });

  it('sets a target in December of the year before', () => {
    const c = setTarget('awards.won', 5, 'count', '2019-12-20');
    spec.when(c).then([targetSet(c)]);
  });

  it('sets a target once per indicator', () => {
    spec
      .given([targetSet(contractsTarget)])
      .when(setTarget('contracts.amount', yiYuan(60), 'fen'))
      .thenRejects({
        _tag: 'TargetAlreadySet',
        indicatorId: 'contracts.amount',
        value: yiYuan(50),
        unit: 'fen',
        currentSince: '2020-02-20',
      });
  });

  it('refuses a value that does not suit its unit', () => {
    const cases: [number, TargetUnit][] = [
      [60.5, 'count'],
      [-1, 'count'],
      [0.5, 'fen'],
      [15.5, 'ratio'],
      [-0.1, 'ratio'],
    ];
    for (const [value, unit] of cases)
      spec
        .when(setTarget('x.y', value, unit))
        .thenRejects({ _tag: 'InvalidTargetValue', indicatorId: 'x.y', unit, value });
  });

  it('refuses a target set after its year, or before the year preceding it', () => {
    for (const date of ['2021-01-01', '2018-12-31'])
      spec
        .when(setTarget('awards.won', 5, 'count', date))
        .thenRejects({ _tag: 'DateOutsidePlan', path: 'data.setOn', date, from: '2019-01-01', to: '2020-12-31' });
  });

  it('refuses an unknown region', () => {
    const c: SetTarget = { ...contractsTarget, data: { ...contractsTarget.data, regionId: 'wuhan' as RegionId } };
    spec.when(c).thenRejects({ _tag: 'UnknownRegion', regionId: 'wuhan', path: 'data.regionId' });
  });

  it('refuses a command for another plan than the stream holds', () => {
    const chibi: SetTarget = { ...shareTarget, data: { ...shareTarget.data, regionId: 'chibi' as RegionId } };
    const nextYear: SetTarget = { ...shareTarget, data: { ...shareTarget.data, year: 2021 as Year } };
    spec
      .given([targetSet(contractsTarget)])
      .when(chibi)
      .thenRejects({ _tag: 'PlanMismatch', recorded: plan, given: { regionId: 'chibi', year: 2020 } });
    spec
      .given([targetSet(contractsTarget)])
      .when(nextYear)
      .thenRejects({ _tag: 'PlanMismatch', recorded: plan, given: { regionId: 'xianning', year: 2021 } });
  });
});

describe('ReviseTarget', () => {
  it('revises a target, keeping the previous value and the unit beside the new one', () => {
    spec
      .given([targetSet(shareTarget)])
      .when(revise('hightech_va.share_of_gdp', 0.15, '2020-07-20', '疫情影响'))
      .then([revised(0.15, 0.155, 1, { reason: str('疫情影响') })]);
  });

  it('numbers successive revisions and revises from the latest value, on the same day at the earliest', () => {
    const state = spec
      .given([targetSet(shareTarget), revised(0.15, 0.155, 1)])
      .when(revise('hightech_va.share_of_gdp', 0.16, '2020-07-20'))
      .then([revised(0.16, 0.15, 2)]);
    expect(state.targets).toEqual([
      { indicatorId: 'hightech_va.share_of_gdp', unit: 'ratio', value: 0.16, since: '2020-07-20', revisions: 2 },
    ]);
  });

  it('refuses to revise a target never set', () => {
    spec.when(revise('awards.won', 6, '2020-07-20')).thenRejects({ _tag: 'TargetNotSet', indicatorId: 'awards.won' });
  });

  it('refuses a value that does not suit the unit the target was set in', () => {
    spec
      .given([targetSet(shareTarget)])
      .when(revise('hightech_va.share_of_gdp', 15.5, '2020-07-20'))
      .thenRejects({ _tag: 'InvalidTargetValue', indicatorId: 'hightech_va.share_of_gdp', unit: 'ratio', value: 15.5 });
  });

  it('refuses a revision dated before the current value', () => {
    spec
      .given([targetSet(shareTarget)])
      .when(revise('hightech_va.share_of_gdp', 0.15, '2020-02-19'))
      .thenRejects({
        _tag: 'RevisionBeforeCurrent',
        indicatorId: 'hightech_va.share_of_gdp',
        currentSince: '2020-02-20',
        revisedOn: '2020-02-19',
      });
  });

  it('refuses a revision after the plan year', () => {
    spec
      .given([targetSet(shareTarget)])
      .when(revise('hightech_va.share_of_gdp', 0.15, '2021-01-05'))
      .thenRejects({
        _tag: 'DateOutsidePlan',
        path: 'data.revisedOn',
        date: '2021-01-05',
        from: '2019-01-01',
        to: '2020-12-31',
      });
  });

  it('refuses a revision that changes nothing', () => {
    spec
      .given([targetSet(shareTarget)])
      .when(revise('hightech_va.share_of_gdp', 0.155, '2020-07-20'))
      .thenRejects({ _tag: 'TargetUnchanged', indicatorId: 'hightech_va.share_of_gdp', value: 0.155 });
  });
});

describe('the workPlan module', () => {
  it('keys the stream by region and year, and dates each event by its own business date', () => {
    expect(workPlan.streamId(contractsTarget)).toBe('workPlan-xianning-2020');
    const revision = revise('hightech_va.share_of_gdp', 0.15, '2020-07-20');
    const cases: [WorkPlanEvent, WorkPlanCommand, string][] = [
      [targetSet(contractsTarget), contractsTarget, '2020-02-20'],
      [issued(issue('x')), issue('x'), '2020-05-08'],
      [held(activity('a')), activity('a'), '2020-03-12'],
      [revised(0.15, 0.155, 1), revision, '2020-07-20'],
    ];
    for (const [event, command, date] of cases) expect(workPlan.occurredAt(event, command)).toBe(date);
  });

  it('refuses an indicator id that is not family.measure at the edge', () => {
    const json = JSON.parse(JSON.stringify(contractsTarget));
    expect(workPlan.commands.is(json)).toBe(true);
    expect(workPlan.commands.is({ ...json, data: { ...json.data, indicatorId: 'ContractsAmount' } })).toBe(false);
  });
});
