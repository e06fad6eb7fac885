import type { DatedRule } from '../shared/datedRule';
import type { Fen } from '../shared/money';
import type { FundingLevel } from './programme';

/**
 * Which approved projects are managed by targets (目标管理) and so get no mid-term process check:
 * a project at one of `levels` whose grant is at most `maxGrant` (inclusive).
 */
export interface TargetManagementPolicy {
  readonly levels: readonly FundingLevel[];
  readonly maxGrant: Fen;
}

/**
 * Mid-term check policy by date. Before target management, every project could be checked.
 *
 * [I] The 2020 summary says the bureau and the finance bureau issued 《咸宁市市级科技计划项目和资金
 * 管理办法》 in H1 2020 and that municipal projects within 200,000 yuan get no process intervention
 * (对20万元以内的市本级科技计划项目实施过程不予干涉). The text itself was not found, so the effective
 * date 2020-07-01 is an assumption: pass another list to `decideTechProject` to change it.
 */
export const midtermCheckRules: readonly DatedRule<TargetManagementPolicy>[] = [
  {
    effectiveFrom: '1900-01-01',
    value: { levels: [], maxGrant: 0 as Fen },
    source: 'process management for every project (before target management)',
  },
  {
    effectiveFrom: '2020-07-01',
    value: { levels: ['municipal'], maxGrant: 20_000_000 as Fen },
    source: '《咸宁市市级科技计划项目和资金管理办法》 (effective date inferred)',
  },
];

/**
 * Acceptance (验收) rectification: one chance (fixed in `decide`), completed within 3 months of the
 * notice; the rule in force on the notice date fixes the deadline.
 * [S] 国家科技重大专项 acceptance practice; applied to every programme here [I].
 */
export interface RectificationPolicy {
  /** Months after the notice by which the follow-up decision must be made (inclusive). */
  readonly months: number;
}

export const rectificationRules: readonly DatedRule<RectificationPolicy>[] = [
  {
    effectiveFrom: '1900-01-01',
    value: { months: 3 },
    source: '国家科技重大专项验收: 整改一次, 通知后3个月内完成 (applied to all programmes)',
  },
];

/** The rule lists a TechProject decider judges by; replace any of them to model another city. */
export interface TechProjectRules {
  readonly midtermCheck: readonly DatedRule<TargetManagementPolicy>[];
  readonly rectification: readonly DatedRule<RectificationPolicy>[];
}

export const defaultTechProjectRules: TechProjectRules = {
  midtermCheck: midtermCheckRules,
  rectification: rectificationRules,
};
