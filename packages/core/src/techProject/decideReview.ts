import type { BusinessDate } from '@innoledger/kernel';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { ruleOn } from '../shared/datedRule';
import { addMonths } from '../shared/dates';
import { firstOf } from '../shared/firstOf';
import { notBeforeLastEvent, projectKeyOf } from './checks';
import type { RecordAcceptance, RecordMidtermCheck, RequestAcceptance } from './commands';
import type { TechProjectEvent } from './events';
import type { MidtermCheckNotAllowed, TechProjectRejection } from './rejections';
import type { TechProjectRules } from './rules';
import type { ProjectProfile, TechProjectState } from './state';

type Decision = Either<TechProjectRejection, readonly TechProjectEvent[]>;

/** Target management (目标管理) on the check date: small projects at the listed levels get no check. */
const targetManaged = (
  rules: TechProjectRules,
  profile: ProjectProfile,
  grant: number,
  checkedOn: BusinessDate,
): MidtermCheckNotAllowed | undefined => {
  const rule = ruleOn(rules.midtermCheck, checkedOn);
  if (rule === undefined) return undefined;
  const level = profile.programme.level;
  if (!rule.value.levels.includes(level) || grant > rule.value.maxGrant) return undefined;
  return {
    _tag: 'MidtermCheckNotAllowed',
    projectId: profile.projectId,
    fundingLevel: level,
    grant,
    maxGrant: rule.value.maxGrant,
    checkedOn,
    ruleEffectiveFrom: rule.effectiveFrom,
    ruleSource: rule.source,
  };
};

export const recordMidtermCheck = (
  rules: TechProjectRules,
  { data }: RecordMidtermCheck,
  state: TechProjectState,
): Decision => {
  const { projectId, checkedOn, result } = data;
  const { profile } = state;
  if (state.status !== 'approved' || profile === undefined)
    return left({ _tag: 'ProjectNotInProgress', projectId, command: 'RecordMidtermCheck', status: state.status });
  const refused = firstOf<TechProjectRejection>(
    () =>
      state.midtermCheckedOn !== undefined
        ? { _tag: 'MidtermCheckAlreadyRecorded', projectId, checkedOn: state.midtermCheckedOn }
        : undefined,
    () => notBeforeLastEvent(state, projectId, checkedOn, 'data.checkedOn'),
    () => targetManaged(rules, profile, state.grant, checkedOn),
  );
  if (refused) return left(refused);
  return right([
    { type: 'MidtermCheckRecorded', data: { ...projectKeyOf(profile), grant: state.grant, result, checkedOn } },
  ]);
};

export const requestAcceptance = ({ data }: RequestAcceptance, state: TechProjectState): Decision => {
  const { projectId, requestedOn } = data;
  if (state.status !== 'approved' || state.profile === undefined)
    return left({ _tag: 'ProjectNotInProgress', projectId, command: 'RequestAcceptance', status: state.status });
  const refused = notBeforeLastEvent(state, projectId, requestedOn, 'data.requestedOn');
  if (refused) return left(refused);
  return right([
    { type: 'AcceptanceRequested', data: { ...projectKeyOf(state.profile), grant: state.grant, requestedOn } },
  ]);
};

/**
 * After a rectification notice, a late decision may only fail the project: passing or closing it
 * must happen within the deadline, and a project must not stay open for ever.
 */
const rectificationRefusal = (
  state: TechProjectState,
  { projectId, outcome, decidedOn }: RecordAcceptance['data'],
  noticeOn: BusinessDate,
  deadline: string,
): TechProjectRejection | undefined => {
  if (outcome === 'rectification-required')
    return { _tag: 'RectificationAlreadyUsed', projectId, rectificationNoticeOn: noticeOn };
  if (outcome !== 'failed' && decidedOn > deadline)
    return { _tag: 'RectificationDeadlinePassed', projectId, rectificationNoticeOn: noticeOn, deadline, decidedOn };
  return notBeforeLastEvent(state, projectId, decidedOn, 'data.decidedOn');
};

const deadlineAfter = (rules: TechProjectRules, noticeOn: BusinessDate): BusinessDate =>
  addMonths(noticeOn, ruleOn(rules.rectification, noticeOn)?.value.months ?? 3) as BusinessDate;

export const recordAcceptance = (
  rules: TechProjectRules,
  { data }: RecordAcceptance,
  state: TechProjectState,
): Decision => {
  const { projectId, outcome, decidedOn } = data;
  const open = state.status === 'acceptance-requested' || state.status === 'rectification-required';
  if (!open || state.profile === undefined || state.approvedOn === undefined)
    return left({ _tag: 'AcceptanceNotRequested', projectId, status: state.status });
  const noticeOn = state.rectificationNoticeOn;
  const afterRectification = state.status === 'rectification-required' && noticeOn !== undefined;
  const refused = afterRectification
    ? rectificationRefusal(state, data, noticeOn, state.rectificationDeadline ?? deadlineAfter(rules, noticeOn))
    : notBeforeLastEvent(state, projectId, decidedOn, 'data.decidedOn');
  if (refused) return left(refused);
  const base = {
    ...projectKeyOf(state.profile),
    grant: state.grant,
    approvedOn: state.approvedOn,
    outcome,
    final: outcome !== 'rectification-required',
    afterRectification,
    decidedOn,
  };
  return right([
    {
      type: 'AcceptanceRecorded',
      data:
        outcome === 'rectification-required'
          ? { ...base, rectificationDeadline: deadlineAfter(rules, decidedOn) }
          : base,
    },
  ]);
};
