import type { BusinessDate } from '@innoledger/kernel';
import { left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { RegionId } from '../regions/region';
import { defaultDomainConfig } from '../shared/domainConfig';
import { yiYuan } from '../shared/money';
import type { NonEmptyString, Year } from '../shared/strings';
import type { IssuePolicyDocument, RecordServiceActivity, ReviseTarget, SetTarget, WorkPlanCommand } from './commands';
import type { WorkPlanEvent } from './events';
import type { ActivityId, DocumentId, IndicatorId } from './ids';
import { workPlan } from './index';
import type { Count, TargetUnit, TargetValue } from './vocabulary';

const { initialState, decide, evolve } = workPlan.decider(defaultDomainConfig);
const given = (events: readonly WorkPlanEvent[]) => ({
  when: (command: WorkPlanCommand) => decide(command, events.reduce(evolve, initialState)),
});

const d = (s: string) => s as BusinessDate;
const str = (s: string) => s as NonEmptyString;
const v = (n: number) => n as TargetValue;
const plan = { regionId: 'xianning' as RegionId, year: 2020 as Year };
const source = str('2020年上半年工作总结及下半年重点工作安排');

const setTarget = (indicator: string, value: number, unit: TargetUnit, setOn = '2020-02-20'): SetTarget => ({
  type: 'SetTarget',
  data: { ...plan, indicatorId: indicator as IndicatorId, value: v(value), unit, setOn: d(setOn), source },
});
const revise = (indicator: string, value: number, revisedOn: string, reason?: string): ReviseTarget => ({
  type: 'ReviseTarget',
  data: {
    ...plan,
    indicatorId: indicator as IndicatorId,
    value: v(value),
    revisedOn: d(revisedOn),
    ...(reason === undefined ? {} : { reason: str(reason) }),
  },
});
const issue = (id: string, over: Partial<IssuePolicyDocument['data']> = {}): IssuePolicyDocument => ({
  type: 'IssuePolicyDocument',
  data: {
    ...plan,
    documentId: id as DocumentId,
    title: str('咸宁市星创天地备案管理办法(试行)'),
    issuer: str('咸宁市科技局'),
    issuedOn: d('2020-05-08'),
    effectiveFrom: d('2020-05-08'),
    ...over,
  },
});
const activity = (id: string, over: Partial<RecordServiceActivity['data']> = {}): RecordServiceActivity => ({
  type: 'RecordServiceActivity',
  data: {
    ...plan,
    activityId: id as ActivityId,
    kind: 'training',
    title: str('高企认定政策线上培训'),
    heldOn: d('2020-03-12'),
    online: true,
    ...over,
  },
});

const targetSet = (c: SetTarget): WorkPlanEvent => ({ type: 'TargetSet', data: c.data });
const contractsTarget = setTarget('contracts.amount', yiYuan(50), 'fen');
const shareTarget = setTarget('hightech_va.share_of_gdp', 0.155, 'ratio');

describe('SetTarget (全年目标任务)', () => {
  it('sets the seed targets: an amount in fen, a ratio and a count', () => {
    for (const c of [contractsTarget, shareTarget, setTarget('achievements.registered', 60, 'count')])
      expect(given([]).when(c)).toEqual(right([targetSet(c)]));
  });

  it('sets a target in December of the year before', () => {
    const c = setTarget('awards.won', 5, 'count', '2019-12-20');
    expect(given([]).when(c)).toEqual(right([targetSet(c)]));
  });

  it('sets a target once per indicator', () => {
    expect(given([targetSet(contractsTarget)]).when(setTarget('contracts.amount', yiYuan(60), 'fen'))).toEqual(
      left({
        _tag: 'TargetAlreadySet',
        indicatorId: 'contracts.amount',
        value: yiYuan(50),
        unit: 'fen',
        currentSince: '2020-02-20',
      }),
    );
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
      expect(given([]).when(setTarget('x.y', value, unit))).toEqual(
        left({ _tag: 'InvalidTargetValue', indicatorId: 'x.y', unit, value }),
      );
  });

  it('refuses a target set after its year, or before the year preceding it', () => {
    expect(given([]).when(setTarget('awards.won', 5, 'count', '2021-01-01'))).toEqual(
      left({ _tag: 'DateOutsidePlan', path: 'data.setOn', date: '2021-01-01', from: '2019-01-01', to: '2020-12-31' }),
    );
    expect(given([]).when(setTarget('awards.won', 5, 'count', '2018-12-31'))).toEqual(
      left({ _tag: 'DateOutsidePlan', path: 'data.setOn', date: '2018-12-31', from: '2019-01-01', to: '2020-12-31' }),
    );
  });

  it('refuses an unknown region', () => {
    const c: SetTarget = { ...contractsTarget, data: { ...contractsTarget.data, regionId: 'wuhan' as RegionId } };
    expect(given([]).when(c)).toEqual(left({ _tag: 'UnknownRegion', regionId: 'wuhan', path: 'data.regionId' }));
  });

  it('refuses a command for another plan than the stream holds', () => {
    const chibi: SetTarget = { ...shareTarget, data: { ...shareTarget.data, regionId: 'chibi' as RegionId } };
    expect(given([targetSet(contractsTarget)]).when(chibi)).toEqual(
      left({ _tag: 'PlanMismatch', recorded: plan, given: { regionId: 'chibi', year: 2020 } }),
    );
    const nextYear: SetTarget = { ...shareTarget, data: { ...shareTarget.data, year: 2021 as Year } };
    expect(given([targetSet(contractsTarget)]).when(nextYear)).toEqual(
      left({ _tag: 'PlanMismatch', recorded: plan, given: { regionId: 'xianning', year: 2021 } }),
    );
  });
});

describe('ReviseTarget', () => {
  it('revises a target, keeping the previous value and the unit beside the new one', () => {
    expect(
      given([targetSet(shareTarget)]).when(revise('hightech_va.share_of_gdp', 0.15, '2020-07-20', '疫情影响')),
    ).toEqual(
      right([
        {
          type: 'TargetRevised',
          data: {
            ...plan,
            indicatorId: 'hightech_va.share_of_gdp',
            unit: 'ratio',
            previousValue: 0.155,
            value: 0.15,
            revisedOn: '2020-07-20',
            revision: 1,
            reason: '疫情影响',
          },
        },
      ]),
    );
  });

  it('numbers successive revisions and revises from the latest value, on the same day at the earliest', () => {
    const first = given([targetSet(shareTarget)]).when(revise('hightech_va.share_of_gdp', 0.15, '2020-07-20'));
    const history = [targetSet(shareTarget), ...(first._tag === 'Right' ? first.right : [])];
    expect(given(history).when(revise('hightech_va.share_of_gdp', 0.16, '2020-07-20'))).toEqual(
      right([
        {
          type: 'TargetRevised',
          data: {
            ...plan,
            indicatorId: 'hightech_va.share_of_gdp',
            unit: 'ratio',
            previousValue: 0.15,
            value: 0.16,
            revisedOn: '2020-07-20',
            revision: 2,
          },
        },
      ]),
    );
  });

  it('refuses to revise a target never set', () => {
    expect(given([]).when(revise('awards.won', 6, '2020-07-20'))).toEqual(
      left({ _tag: 'TargetNotSet', indicatorId: 'awards.won' }),
    );
  });

  it('refuses a value that does not suit the unit the target was set in', () => {
    expect(given([targetSet(shareTarget)]).when(revise('hightech_va.share_of_gdp', 15.5, '2020-07-20'))).toEqual(
      left({ _tag: 'InvalidTargetValue', indicatorId: 'hightech_va.share_of_gdp', unit: 'ratio', value: 15.5 }),
    );
  });

  it('refuses a revision dated before the current value', () => {
    expect(given([targetSet(shareTarget)]).when(revise('hightech_va.share_of_gdp', 0.15, '2020-02-19'))).toEqual(
      left({
        _tag: 'RevisionBeforeCurrent',
        indicatorId: 'hightech_va.share_of_gdp',
        currentSince: '2020-02-20',
        revisedOn: '2020-02-19',
      }),
    );
  });

  it('refuses a revision after the plan year', () => {
    expect(given([targetSet(shareTarget)]).when(revise('hightech_va.share_of_gdp', 0.15, '2021-01-05'))).toEqual(
      left({
        _tag: 'DateOutsidePlan',
        path: 'data.revisedOn',
        date: '2021-01-05',
        from: '2019-01-01',
        to: '2020-12-31',
      }),
    );
  });

  it('refuses a revision that changes nothing', () => {
    expect(given([targetSet(shareTarget)]).when(revise('hightech_va.share_of_gdp', 0.155, '2020-07-20'))).toEqual(
      left({ _tag: 'TargetUnchanged', indicatorId: 'hightech_va.share_of_gdp', value: 0.155 }),
    );
  });
});

describe('IssuePolicyDocument (政策文件)', () => {
  it('issues a document without a 文号', () => {
    expect(given([]).when(issue('xn-xctd-2020'))).toEqual(
      right([{ type: 'PolicyDocumentIssued', data: issue('xn-xctd-2020').data }]),
    );
  });

  it('issues a document with a 文号 and a summary', () => {
    const c = issue('xn-kjxm-2020', {
      title: str('咸宁市市级科技计划项目和资金管理办法'),
      issuer: str('咸宁市科技局 咸宁市财政局'),
      documentNo: str('咸科发〔2020〕5号'),
      summary: str('市本级20万元以内项目实行目标管理'),
    });
    expect(given([]).when(c)).toEqual(right([{ type: 'PolicyDocumentIssued', data: c.data }]));
  });

  it('issues a document that takes effect before its issue date', () => {
    const c = issue('xn-retro-2020', { issuedOn: d('2020-03-31'), effectiveFrom: d('2020-01-01') });
    expect(given([]).when(c)).toEqual(right([{ type: 'PolicyDocumentIssued', data: c.data }]));
  });

  it('refuses a document id already used', () => {
    const history: WorkPlanEvent[] = [{ type: 'PolicyDocumentIssued', data: issue('xn-xctd-2020').data }];
    expect(given(history).when(issue('xn-xctd-2020', { issuedOn: d('2020-06-01') }))).toEqual(
      left({ _tag: 'PolicyDocumentAlreadyIssued', documentId: 'xn-xctd-2020', issuedOn: '2020-05-08' }),
    );
  });

  it('refuses "无" as a 文号: a document without one omits the field', () => {
    expect(given([]).when(issue('xn-summary-2020', { documentNo: str('无') }))).toEqual(
      left({ _tag: 'PlaceholderDocumentNo', documentId: 'xn-summary-2020', documentNo: '无' }),
    );
  });

  it('refuses a document issued outside the plan year', () => {
    expect(given([]).when(issue('xn-late', { issuedOn: d('2020-12-31') }))._tag).toBe('Right');
    expect(given([]).when(issue('xn-late', { issuedOn: d('2021-01-04') }))).toEqual(
      left({
        _tag: 'DateOutsidePlan',
        path: 'data.issuedOn',
        date: '2021-01-04',
        from: '2020-01-01',
        to: '2020-12-31',
      }),
    );
  });
});

describe('RecordServiceActivity (培训、讲堂、产学研对接、科技特派员)', () => {
  it('records an online training and an offline matchmaking event with participants', () => {
    const matchmaking = activity('act-match-1', {
      kind: 'matchmaking',
      title: str('产学研推介活动（赤壁）'),
      online: false,
      participants: 85 as Count,
    });
    expect(given([]).when(activity('act-train-1'))).toEqual(
      right([{ type: 'ServiceActivityHeld', data: activity('act-train-1').data }]),
    );
    expect(given([]).when(matchmaking)).toEqual(right([{ type: 'ServiceActivityHeld', data: matchmaking.data }]));
  });

  it('records activities on the first and last day of the plan year', () => {
    expect(given([]).when(activity('a-1', { heldOn: d('2020-01-01') }))._tag).toBe('Right');
    expect(given([]).when(activity('a-2', { heldOn: d('2020-12-31') }))._tag).toBe('Right');
  });

  it('refuses an activity id already used', () => {
    const history: WorkPlanEvent[] = [{ type: 'ServiceActivityHeld', data: activity('act-train-1').data }];
    expect(given(history).when(activity('act-train-1', { heldOn: d('2020-04-01') }))).toEqual(
      left({ _tag: 'ServiceActivityAlreadyRecorded', activityId: 'act-train-1', heldOn: '2020-03-12' }),
    );
  });

  it('refuses an activity held outside the plan year', () => {
    expect(given([]).when(activity('a-1', { heldOn: d('2019-12-31') }))).toEqual(
      left({ _tag: 'DateOutsidePlan', path: 'data.heldOn', date: '2019-12-31', from: '2020-01-01', to: '2020-12-31' }),
    );
  });
});

describe('the workPlan module', () => {
  it('keys the stream by region and year, and dates each event by its own business date', () => {
    expect(workPlan.streamId(contractsTarget)).toBe('workPlan-xianning-2020');
    const events: [WorkPlanEvent, WorkPlanCommand, string][] = [
      [targetSet(contractsTarget), contractsTarget, '2020-02-20'],
      [{ type: 'PolicyDocumentIssued', data: issue('x').data }, issue('x'), '2020-05-08'],
      [{ type: 'ServiceActivityHeld', data: activity('a').data }, activity('a'), '2020-03-12'],
    ];
    for (const [event, command, date] of events) expect(workPlan.occurredAt(event, command)).toBe(date);
    const revised = given([targetSet(shareTarget)]).when(revise('hightech_va.share_of_gdp', 0.15, '2020-07-20'));
    const [event] = revised._tag === 'Right' ? revised.right : [];
    expect(event && workPlan.occurredAt(event, revise('hightech_va.share_of_gdp', 0.15, '2020-07-20'))).toBe(
      '2020-07-20',
    );
  });

  it('refuses an indicator id that is not family.measure at the edge', () => {
    const json = JSON.parse(JSON.stringify(contractsTarget));
    expect(workPlan.commands.is(json)).toBe(true);
    expect(workPlan.commands.is({ ...json, data: { ...json.data, indicatorId: 'ContractsAmount' } })).toBe(false);
  });
});
