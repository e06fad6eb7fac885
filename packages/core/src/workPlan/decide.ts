import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { DomainConfig } from '../shared/domainConfig';
import { checkRegion } from '../shared/rejections';
import type { IssuePolicyDocument, RecordServiceActivity, ReviseTarget, SetTarget, WorkPlanCommand } from './commands';
import type { WorkPlanEvent } from './events';
import type { DateOutsidePlan, WorkPlanRejection } from './rejections';
import type { WorkPlanState } from './state';
import { fitsUnit } from './vocabulary';

type Decision = Either<WorkPlanRejection, readonly WorkPlanEvent[]>;

/** Stand-ins for "no number" that must not be recorded as a 文号. */
const PLACEHOLDER_DOCUMENT_NOS = new Set(['无', '暂无', '-', '—', '/', 'n/a', 'none', 'null']);

/**
 * Targets may be set (and revised) from the start of the year before, as next year's plan is
 * often adopted in December, until the year's last day: a target set after its year is not a
 * target. Documents and activities belong to the plan of the year they happen in.
 */
const checkDate = (path: string, date: string, year: number, fromYear = year): DateOutsidePlan | undefined => {
  const from = `${fromYear}-01-01`;
  const to = `${year}-12-31`;
  return date < from || date > to ? { _tag: 'DateOutsidePlan', path, date, from, to } : undefined;
};

const setTarget = (state: WorkPlanState, { data }: SetTarget): Decision => {
  const { indicatorId, value, unit, setOn } = data;
  const existing = state.targets.find((t) => t.indicatorId === indicatorId);
  if (existing)
    return left({
      _tag: 'TargetAlreadySet',
      indicatorId,
      value: existing.value,
      unit: existing.unit,
      currentSince: existing.since,
    });
  if (!fitsUnit(unit, value)) return left({ _tag: 'InvalidTargetValue', indicatorId, unit, value });
  const outside = checkDate('data.setOn', setOn, data.year, data.year - 1);
  if (outside) return left(outside);
  return right([{ type: 'TargetSet', data }]);
};

const reviseTarget = (state: WorkPlanState, { data }: ReviseTarget): Decision => {
  const { regionId, year, indicatorId, value, revisedOn } = data;
  const target = state.targets.find((t) => t.indicatorId === indicatorId);
  if (target === undefined) return left({ _tag: 'TargetNotSet', indicatorId });
  const { unit } = target;
  if (!fitsUnit(unit, value)) return left({ _tag: 'InvalidTargetValue', indicatorId, unit, value });
  const outside = checkDate('data.revisedOn', revisedOn, year, year - 1);
  if (outside) return left(outside);
  if (revisedOn < target.since)
    return left({ _tag: 'RevisionBeforeCurrent', indicatorId, currentSince: target.since, revisedOn });
  if (value === target.value) return left({ _tag: 'TargetUnchanged', indicatorId, value });
  const optional = {
    ...(data.source === undefined ? {} : { source: data.source }),
    ...(data.reason === undefined ? {} : { reason: data.reason }),
  };
  return right([
    {
      type: 'TargetRevised',
      data: {
        regionId,
        year,
        indicatorId,
        unit,
        previousValue: target.value,
        value,
        revisedOn,
        revision: target.revisions + 1,
        ...optional,
      },
    },
  ]);
};

const issuePolicyDocument = (state: WorkPlanState, { data }: IssuePolicyDocument): Decision => {
  const { documentId, documentNo, issuedOn } = data;
  const existing = state.documents.find((d) => d.documentId === documentId);
  if (existing) return left({ _tag: 'PolicyDocumentAlreadyIssued', documentId, issuedOn: existing.issuedOn });
  if (documentNo !== undefined && PLACEHOLDER_DOCUMENT_NOS.has(documentNo.trim().toLowerCase()))
    return left({ _tag: 'PlaceholderDocumentNo', documentId, documentNo });
  const outside = checkDate('data.issuedOn', issuedOn, data.year);
  if (outside) return left(outside);
  // effectiveFrom may precede issuedOn: documents are issued with retroactive effect (e.g.
  // 财政部 税务总局公告2021年第13号, issued 2021-03-31, applies from 2021-01-01), so no rule here.
  return right([{ type: 'PolicyDocumentIssued', data }]);
};

const recordServiceActivity = (state: WorkPlanState, { data }: RecordServiceActivity): Decision => {
  const { activityId, heldOn } = data;
  const existing = state.activities.find((a) => a.activityId === activityId);
  if (existing) return left({ _tag: 'ServiceActivityAlreadyRecorded', activityId, heldOn: existing.heldOn });
  const outside = checkDate('data.heldOn', heldOn, data.year);
  if (outside) return left(outside);
  return right([{ type: 'ServiceActivityHeld', data }]);
};

/**
 * The WorkPlan decider: a region's year (年度工作计划) — annual targets and their revisions,
 * policy documents issued, and service activities held. Pure; dates come in the commands.
 */
export const decideWorkPlan =
  (config: DomainConfig) =>
  (command: WorkPlanCommand, state: WorkPlanState): Decision => {
    const { regionId, year } = command.data;
    const unknown = checkRegion(config, regionId, 'data.regionId');
    if (unknown) return left(unknown);
    if (state.plan && (state.plan.regionId !== regionId || state.plan.year !== year))
      return left({ _tag: 'PlanMismatch', recorded: state.plan, given: { regionId, year } });
    switch (command.type) {
      case 'SetTarget':
        return setTarget(state, command);
      case 'ReviseTarget':
        return reviseTarget(state, command);
      case 'IssuePolicyDocument':
        return issuePolicyDocument(state, command);
      case 'RecordServiceActivity':
        return recordServiceActivity(state, command);
    }
  };
