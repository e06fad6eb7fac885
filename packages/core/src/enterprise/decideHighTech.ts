import type { BusinessDate } from '@innoledger/kernel';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { addYears, yearOf } from '../shared/dates';
import type { NonEmptyString } from '../shared/strings';
import type { EnterpriseCommandData as Data } from './commands';
import { about, accept, type Context, type Decision, firstOf, outOfOrder, reject, withRule } from './decision';
import type { EnterpriseEventOf } from './events';
import type { ApplicationId } from './ids';
import { certificateInForce, revokedInYearOf } from './queries';
import type { EnterpriseRejection } from './rejections';
import { highTechRules } from './rules';
import type { ApplicationStage, PendingApplication } from './state';

// The high-tech enterprise (高企) certification case: application → expert review → public notice
// (公示, with objections) → certificate, or rejection at any step.

/** The pending case `applicationId`, at `stage` when one is required. */
export const pendingCase = (
  { state }: Context,
  uscc: string,
  applicationId: ApplicationId,
  stage?: ApplicationStage,
): Either<EnterpriseRejection, PendingApplication> => {
  const pending = state.pendingApplication;
  if (pending?.applicationId !== applicationId) return left({ _tag: 'ApplicationNotPending', uscc, applicationId });
  if (stage !== undefined && pending.stage !== stage)
    return left({ _tag: 'ApplicationStageMismatch', uscc, applicationId, stage: pending.stage, expected: stage });
  return right(pending);
};

export const submitHighTechApplication = (ctx: Context, d: Data<'SubmitHighTechApplication'>): Decision =>
  withRule(highTechRules, 'high-tech', d.uscc, d.submittedOn, (rules) => {
    const { state, profile } = ctx;
    const pending = state.pendingApplication;
    const eligibleFrom = addYears(profile.establishedOn, rules.minimumYearsEstablished);
    const revokedOn = revokedInYearOf(state, d.submittedOn);
    const inForce = certificateInForce(state, d.submittedOn);
    const finalYear = inForce && yearOf(inForce.validUntil);
    const rejection = firstOf(
      () => pending && { _tag: 'ApplicationAlreadyPending', uscc: d.uscc, pendingApplicationId: pending.applicationId },
      () =>
        state.usedApplicationIds.includes(d.applicationId)
          ? { _tag: 'ApplicationIdAlreadyUsed', uscc: d.uscc, applicationId: d.applicationId }
          : undefined,
      () => outOfOrder(d.uscc, 'data.submittedOn', d.submittedOn, state.highTechLastOn),
      () =>
        d.submittedOn < eligibleFrom
          ? {
              _tag: 'EnterpriseTooYoung',
              uscc: d.uscc,
              establishedOn: profile.establishedOn,
              submittedOn: d.submittedOn,
              eligibleFrom,
            }
          : undefined,
      () =>
        revokedOn === undefined
          ? undefined
          : { _tag: 'ApplicationInRevocationYear', uscc: d.uscc, revokedOn, submittedOn: d.submittedOn },
      () =>
        inForce !== undefined && finalYear !== undefined && yearOf(d.submittedOn) < finalYear
          ? {
              _tag: 'CertificateStillInForce',
              uscc: d.uscc,
              certificateNo: inForce.certificateNo,
              validUntil: inForce.validUntil,
              reapplyFrom: `${finalYear}-01-01`,
            }
          : undefined,
    );
    if (rejection) return reject(rejection);
    return accept({
      type: 'HighTechApplicationSubmitted',
      data: { ...about(profile), applicationId: d.applicationId, submittedOn: d.submittedOn },
    });
  });

/** The expert panel's innovation score decides: pass at the rule's minimum (71), else the case ends. */
export const recordExpertReview = (ctx: Context, d: Data<'RecordExpertReview'>): Decision => {
  const found = pendingCase(ctx, d.uscc, d.applicationId, 'submitted');
  if (isLeft(found)) return found;
  const late = outOfOrder(d.uscc, 'data.reviewedOn', d.reviewedOn, found.right.lastOn);
  if (late) return reject(late);
  return withRule(highTechRules, 'high-tech', d.uscc, d.reviewedOn, (rules) => {
    const { applicationId, score, reviewedOn } = d;
    return score >= rules.minimumInnovationScore
      ? accept({ type: 'ExpertReviewPassed', data: { ...about(ctx.profile), applicationId, score, reviewedOn } })
      : accept({
          type: 'HighTechApplicationRejected',
          data: {
            ...about(ctx.profile),
            applicationId,
            reason: 'score-below-threshold' as NonEmptyString,
            score,
            rejectedOn: reviewedOn,
          },
        });
  });
};

/** 公示: ends on the 10th working day counting its first, on the official calendar (holidays, 调休). */
export const startPublicNotice = (ctx: Context, d: Data<'StartPublicNotice'>): Decision => {
  const found = pendingCase(ctx, d.uscc, d.applicationId, 'review-passed');
  if (isLeft(found)) return found;
  const late = outOfOrder(d.uscc, 'data.startsOn', d.startsOn, found.right.lastOn);
  if (late) return reject(late);
  return withRule(highTechRules, 'high-tech', d.uscc, d.startsOn, (rules) => {
    const endsOn = ctx.config.calendar.findNthWorkingDay(d.startsOn, rules.publicNoticeWorkingDays);
    if (isLeft(endsOn)) return reject({ _tag: 'WorkingDayCalendarNotCovered', uscc: d.uscc, startsOn: d.startsOn });
    return accept({
      type: 'PublicNoticeStarted',
      data: {
        ...about(ctx.profile),
        applicationId: d.applicationId,
        startsOn: d.startsOn,
        endsOn: endsOn.right as BusinessDate,
      },
    });
  });
};

export const raiseObjection = (ctx: Context, d: Data<'RaiseObjection'>): Decision => {
  const found = pendingCase(ctx, d.uscc, d.applicationId, 'in-notice');
  if (isLeft(found)) return found;
  const { notice, openObjection, lastOn } = found.right;
  const rejection = firstOf(
    () =>
      openObjection && {
        _tag: 'ObjectionAlreadyOpen',
        uscc: d.uscc,
        applicationId: d.applicationId,
        raisedOn: openObjection.raisedOn,
      },
    () =>
      notice && (d.raisedOn < notice.startsOn || d.raisedOn > notice.endsOn)
        ? {
            _tag: 'ObjectionOutsideNotice',
            uscc: d.uscc,
            applicationId: d.applicationId,
            startsOn: notice.startsOn,
            endsOn: notice.endsOn,
            raisedOn: d.raisedOn,
          }
        : undefined,
    () => outOfOrder(d.uscc, 'data.raisedOn', d.raisedOn, lastOn),
  );
  if (rejection) return reject(rejection);
  return accept({
    type: 'ObjectionRaised',
    data: { ...about(ctx.profile), applicationId: d.applicationId, raisedOn: d.raisedOn },
  });
};

/** The 认定机构 verifies an objection; an upheld one ends the case. */
export const resolveObjection = (ctx: Context, d: Data<'ResolveObjection'>): Decision => {
  const found = pendingCase(ctx, d.uscc, d.applicationId, 'in-notice');
  if (isLeft(found)) return found;
  const { openObjection, lastOn } = found.right;
  if (openObjection === undefined)
    return reject({ _tag: 'NoOpenObjection', uscc: d.uscc, applicationId: d.applicationId });
  const late = outOfOrder(d.uscc, 'data.resolvedOn', d.resolvedOn, lastOn);
  if (late) return reject(late);
  const { applicationId, upheld, resolvedOn } = d;
  const resolved: EnterpriseEventOf<'ObjectionResolved'> = {
    type: 'ObjectionResolved',
    data: { ...about(ctx.profile), applicationId, upheld, resolvedOn },
  };
  return upheld
    ? accept(resolved, {
        type: 'HighTechApplicationRejected',
        data: {
          ...about(ctx.profile),
          applicationId,
          reason: 'objection-upheld' as NonEmptyString,
          rejectedOn: resolvedOn,
        },
      })
    : accept(resolved);
};
