import type { BusinessDate } from '@innoledger/kernel';
import type * as t from 'io-ts';
import { addDays, addMonths, yearOf } from '../shared/dates';
import type { Year } from '../shared/strings';
import type { EnterpriseCommandData as Data } from './commands';
import { about, accept, type Context, type Decision, firstOf, outOfOrder, reject, withRule } from './decision';
import type { EnterpriseEvent } from './events';
import { certificateInForce, certificateOwingReport } from './queries';
import type { EnterpriseRejection } from './rejections';
import { type HighTechRules, highTechRules } from './rules';
import type { Certificate } from './state';

// Obligations and events of a certificate after issue: annual reports, renames, revocation.

/**
 * The report for `year` and its due date. The rule is the one in force when that report's season
 * opens (1 January of the next year), whatever day the report is filed or found missing.
 */
const withReportRule = (
  ctx: Context,
  uscc: string,
  year: number,
  decide: (certificate: Certificate, dueOn: string, rules: HighTechRules) => Decision,
): Decision => {
  const certificate = certificateOwingReport(ctx.state, year);
  if (certificate === undefined) return reject({ _tag: 'NoCertificateForReportYear', uscc, year });
  const recorded = certificate.annualReports[year];
  if (recorded !== undefined)
    return reject({
      _tag: 'AnnualReportAlreadyRecorded',
      uscc,
      certificateNo: certificate.certificateNo,
      year,
      outcome: recorded.outcome,
    });
  return withRule(highTechRules, 'high-tech', uscc, `${year + 1}-01-01`, (rules) =>
    decide(certificate, `${year + 1}-${rules.annualReportDue}`, rules),
  );
};

/** 年度发展情况报表: a report filed after its due date is accepted and recorded as late. */
export const submitAnnualReport = (ctx: Context, d: Data<'SubmitAnnualReport'>): Decision =>
  withReportRule(ctx, d.uscc, d.year, (certificate, dueOn) => {
    const early = outOfOrder(d.uscc, 'data.submittedOn', d.submittedOn, `${d.year + 1}-01-01`);
    if (early) return reject(early);
    return accept({
      type: 'AnnualReportSubmitted',
      data: {
        ...about(ctx.profile),
        certificateNo: certificate.certificateNo,
        year: d.year,
        submittedOn: d.submittedOn,
        dueOn: dueOn as BusinessDate,
        late: d.submittedOn > dueOn,
      },
    });
  });

/**
 * A report not filed by its due date. The second missed report of a certificate (cumulative) cancels
 * it; tax relief is clawed back from the year the second due date passed (第十九条: 自发生上述行为之日所属年度起).
 */
export const recordMissedAnnualReport = (ctx: Context, d: Data<'RecordMissedAnnualReport'>): Decision =>
  withReportRule(ctx, d.uscc, d.year, (certificate, dueOn, rules) => {
    const early = outOfOrder(d.uscc, 'data.recordedOn', d.recordedOn, addDays(dueOn, 1));
    if (early) return reject(early);
    const missedCount = certificate.missedReports + 1;
    const missed: EnterpriseEvent = {
      type: 'AnnualReportMissed',
      data: {
        ...about(ctx.profile),
        certificateNo: certificate.certificateNo,
        year: d.year,
        recordedOn: d.recordedOn,
        missedCount: missedCount as t.Int,
      },
    };
    if (missedCount < rules.missedReportsForRevocation) return accept(missed);
    return accept(missed, {
      type: 'HighTechCertificationRevoked',
      data: {
        ...about(ctx.profile),
        certificateNo: certificate.certificateNo,
        reason: 'two-missed-annual-reports',
        revokedOn: d.recordedOn,
        clawbackFromYear: yearOf(dueOn) as Year,
      },
    });
  });

/**
 * 更名: while a certificate is in force the change must be reported within 3 months; the
 * certificate keeps its number and validity. Enterprises without one may record a rename any time.
 */
export const reportNameChange = (ctx: Context, d: Data<'ReportNameChange'>): Decision => {
  const { profile } = ctx;
  const rejection = firstOf(
    () => (d.newName === profile.name ? { _tag: 'NameUnchanged', uscc: d.uscc, name: profile.name } : undefined),
    () => outOfOrder(d.uscc, 'data.reportedOn', d.reportedOn, d.changedOn),
  );
  if (rejection) return reject(rejection);
  const { newName, changedOn, reportedOn } = d;
  const renamed = (certificateNo?: Certificate['certificateNo']): Decision =>
    accept({
      type: 'EnterpriseRenamed',
      data: {
        ...about(profile),
        previousName: profile.name,
        newName,
        changedOn,
        reportedOn,
        ...(certificateNo === undefined ? {} : { certificateNo }),
      },
    });
  const inForce = certificateInForce(ctx.state, reportedOn);
  if (inForce === undefined) return renamed();
  return withRule(highTechRules, 'high-tech', d.uscc, reportedOn, (rules) => {
    const deadline = addMonths(changedOn, rules.nameChangeReportMonths);
    return reportedOn > deadline
      ? reject({
          _tag: 'NameChangeReportedLate',
          uscc: d.uscc,
          certificateNo: inForce.certificateNo,
          changedOn,
          reportedOn,
          deadline,
        })
      : renamed(inForce.certificateNo);
  });
};

/** 取消资格 by the 认定机构, with the year from which tax relief is clawed back (追缴). */
export const revokeHighTechCertification = (ctx: Context, d: Data<'RevokeHighTechCertification'>): Decision => {
  const inForce = certificateInForce(ctx.state, d.revokedOn);
  if (inForce === undefined) return reject({ _tag: 'NoCertificateInForce', uscc: d.uscc, on: d.revokedOn });
  const fromYear = yearOf(inForce.issuedOn);
  const toYear = yearOf(d.revokedOn);
  if (d.clawbackFromYear < fromYear || d.clawbackFromYear > toYear) {
    const rejection: EnterpriseRejection = {
      _tag: 'ClawbackYearOutsideCertificate',
      uscc: d.uscc,
      certificateNo: inForce.certificateNo,
      clawbackFromYear: d.clawbackFromYear,
      fromYear,
      toYear,
    };
    return reject(rejection);
  }
  const { reason, revokedOn, clawbackFromYear } = d;
  return accept({
    type: 'HighTechCertificationRevoked',
    data: { ...about(ctx.profile), certificateNo: inForce.certificateNo, reason, revokedOn, clawbackFromYear },
  });
};
