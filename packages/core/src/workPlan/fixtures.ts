import type { BusinessDate } from '@innoledger/kernel';
import { deciderSpec } from '@innoledger/testing';
import type { RegionId } from '../regions/region';
import { defaultDomainConfig } from '../shared/domainConfig';
import { yiYuan } from '../shared/money';
import type { NonEmptyString, Year } from '../shared/strings';
import type { IssuePolicyDocument, RecordServiceActivity, ReviseTarget, SetTarget } from './commands';
import type { WorkPlanEvent } from './events';
import type { ActivityId, DocumentId, IndicatorId } from './ids';
import { workPlan } from './index';
import type { TargetUnit, TargetValue } from './vocabulary';

// Test fixtures: Xianning's 2020 plan as the seed describes it.

/** given/when/then on the WorkPlan decider, on Xianning's regions. */
export const spec = deciderSpec(workPlan.decider(defaultDomainConfig));

export const d = (s: string) => s as BusinessDate;
export const str = (s: string) => s as NonEmptyString;
export const v = (n: number) => n as TargetValue;
export const plan = { regionId: 'xianning' as RegionId, year: 2020 as Year };
export const source = str('2020年上半年工作总结及下半年重点工作安排');

export const setTarget = (indicator: string, value: number, unit: TargetUnit, setOn = '2020-02-20'): SetTarget => ({
  type: 'SetTarget',
  data: { ...plan, indicatorId: indicator as IndicatorId, value: v(value), unit, setOn: d(setOn), source },
});

export const revise = (indicator: string, value: number, revisedOn: string, reason?: string): ReviseTarget => ({
  type: 'ReviseTarget',
  data: {
    ...plan,
    indicatorId: indicator as IndicatorId,
    value: v(value),
    revisedOn: d(revisedOn),
    ...(reason === undefined ? {} : { reason: str(reason) }),
  },
});

export const issue = (id: string, over: Partial<IssuePolicyDocument['data']> = {}): IssuePolicyDocument => ({
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

export const activity = (id: string, over: Partial<RecordServiceActivity['data']> = {}): RecordServiceActivity => ({
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

export const targetSet = (c: SetTarget): WorkPlanEvent => ({ type: 'TargetSet', data: c.data });
export const issued = (c: IssuePolicyDocument): WorkPlanEvent => ({ type: 'PolicyDocumentIssued', data: c.data });
export const held = (c: RecordServiceActivity): WorkPlanEvent => ({ type: 'ServiceActivityHeld', data: c.data });

/** 技术合同成交额达到50亿元. */
export const contractsTarget = setTarget('contracts.amount', yiYuan(50), 'fen');
/** 高新技术产业增加值占GDP比例达到15.5%. */
export const shareTarget = setTarget('hightech_va.share_of_gdp', 0.155, 'ratio');
