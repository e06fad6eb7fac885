import type { BusinessDate } from '@innoledger/kernel';
import { isLeft } from 'fp-ts/lib/Either.js';
import { lastDayOfYears } from '../shared/dates';
import type { EnterpriseCommandData as Data } from './commands';
import { pendingCase } from './decideHighTech';
import { about, accept, type Context, type Decision, firstOf, outOfOrder, reject, withRule } from './decision';
import { certificateInForce } from './queries';
import { highTechRules } from './rules';

/**
 * 认定: after a public notice that has ended with no open objection, the certificate is issued for
 * 3 years. A certificate still in its final year is superseded from the new issue date, so at most
 * one is ever in force.
 */
export const certifyHighTechEnterprise = (ctx: Context, d: Data<'CertifyHighTechEnterprise'>): Decision => {
  const found = pendingCase(ctx, d.uscc, d.applicationId, 'in-notice');
  if (isLeft(found)) return found;
  const { notice, openObjection, lastOn } = found.right;
  const rejection = firstOf(
    () =>
      openObjection && {
        _tag: 'ObjectionOpen',
        uscc: d.uscc,
        applicationId: d.applicationId,
        raisedOn: openObjection.raisedOn,
      },
    () =>
      notice && d.issuedOn <= notice.endsOn
        ? {
            _tag: 'PublicNoticeNotEnded',
            uscc: d.uscc,
            applicationId: d.applicationId,
            endsOn: notice.endsOn,
            issuedOn: d.issuedOn,
          }
        : undefined,
    () => outOfOrder(d.uscc, 'data.issuedOn', d.issuedOn, lastOn),
    () =>
      ctx.state.certificates.some((c) => c.certificateNo === d.certificateNo)
        ? { _tag: 'CertificateNoAlreadyUsed', uscc: d.uscc, certificateNo: d.certificateNo }
        : undefined,
  );
  if (rejection) return reject(rejection);
  return withRule(highTechRules, 'high-tech', d.uscc, d.issuedOn, (rules) => {
    const previous = certificateInForce(ctx.state, d.issuedOn);
    const { applicationId, certificateNo, issuedOn } = d;
    return accept({
      type: 'HighTechEnterpriseCertified',
      data: {
        ...about(ctx.profile),
        applicationId,
        certificateNo,
        issuedOn,
        validUntil: lastDayOfYears(issuedOn, rules.validityYears) as BusinessDate,
        ...(previous === undefined ? {} : { supersedesCertificateNo: previous.certificateNo }),
      },
    });
  });
};

/** The 认定机构 rejects a pending case at any step (e.g. on its own comprehensive review). */
export const rejectHighTechApplication = (ctx: Context, d: Data<'RejectHighTechApplication'>): Decision => {
  const found = pendingCase(ctx, d.uscc, d.applicationId);
  if (isLeft(found)) return found;
  const late = outOfOrder(d.uscc, 'data.rejectedOn', d.rejectedOn, found.right.lastOn);
  if (late) return reject(late);
  const { applicationId, reason, rejectedOn } = d;
  return accept({
    type: 'HighTechApplicationRejected',
    data: { ...about(ctx.profile), applicationId, reason, rejectedOn },
  });
};
