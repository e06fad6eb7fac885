import { describe, expect, it } from 'vitest';
import { certifiedHistory, command, event, HOUFU, HOUFU_NAME, registered, spec } from './fixtures';
import { certificateInForce } from './queries';

const CERT = 'GR202042000123';
const report = (year: number, submittedOn: string) => command('SubmitAnnualReport', { year, submittedOn });
const miss = (year: number, recordedOn: string) => command('RecordMissedAnnualReport', { year, recordedOn });
const missed = (year: number, recordedOn: string, missedCount: number) =>
  event('AnnualReportMissed', { certificateNo: CERT, year, recordedOn, missedCount });

describe('SubmitAnnualReport (年度发展情况报表, due 31 May)', () => {
  it('records a report filed by 31 May of the following year as on time', () => {
    spec
      .given(certifiedHistory)
      .when(report(2020, '2021-05-31'))
      .then([
        event('AnnualReportSubmitted', {
          certificateNo: CERT,
          year: 2020,
          submittedOn: '2021-05-31',
          dueOn: '2021-05-31',
          late: false,
        }),
      ]);
  });

  it('accepts a report filed after 31 May and records it as late', () => {
    spec
      .given(certifiedHistory)
      .when(report(2020, '2021-06-01'))
      .then([
        event('AnnualReportSubmitted', {
          certificateNo: CERT,
          year: 2020,
          submittedOn: '2021-06-01',
          dueOn: '2021-05-31',
          late: true,
        }),
      ]);
  });

  it('owes reports for the issue year and the two after it only', () => {
    spec
      .given(certifiedHistory)
      .when(report(2023, '2024-03-01'))
      .thenRejects({ _tag: 'NoCertificateForReportYear', uscc: HOUFU, year: 2023 });
    spec
      .given([registered])
      .when(report(2020, '2021-03-01'))
      .thenRejects({ _tag: 'NoCertificateForReportYear', uscc: HOUFU, year: 2020 });
  });

  it('refuses a report before its year has ended', () => {
    spec.given(certifiedHistory).when(report(2020, '2020-12-31')).thenRejects({
      _tag: 'DateOutOfOrder',
      uscc: HOUFU,
      path: 'data.submittedOn',
      date: '2020-12-31',
      notBefore: '2021-01-01',
    });
  });

  it('refuses a second report for the same year, and one already recorded missed', () => {
    const filed = event('AnnualReportSubmitted', {
      certificateNo: CERT,
      year: 2020,
      submittedOn: '2021-05-10',
      dueOn: '2021-05-31',
      late: false,
    });
    spec
      .given([...certifiedHistory, filed])
      .when(report(2020, '2021-05-20'))
      .thenRejects({
        _tag: 'AnnualReportAlreadyRecorded',
        uscc: HOUFU,
        certificateNo: CERT,
        year: 2020,
        outcome: 'submitted',
      });
    spec
      .given([...certifiedHistory, missed(2020, '2021-06-01', 1)])
      .when(report(2020, '2021-06-20'))
      .thenRejects({
        _tag: 'AnnualReportAlreadyRecorded',
        uscc: HOUFU,
        certificateNo: CERT,
        year: 2020,
        outcome: 'missed',
      });
  });
});

describe('RecordMissedAnnualReport', () => {
  it('counts a missed report against the certificate', () => {
    spec
      .given(certifiedHistory)
      .when(miss(2020, '2021-06-01'))
      .then([missed(2020, '2021-06-01', 1)]);
  });

  it('refuses recording a miss on or before the due date', () => {
    spec.given(certifiedHistory).when(miss(2020, '2021-05-31')).thenRejects({
      _tag: 'DateOutOfOrder',
      uscc: HOUFU,
      path: 'data.recordedOn',
      date: '2021-05-31',
      notBefore: '2021-06-01',
    });
  });

  it('revokes at the second missed report, clawing back from the year the second due date passed', () => {
    const state = spec
      .given([...certifiedHistory, missed(2020, '2021-06-01', 1)])
      .when(miss(2021, '2022-06-02'))
      .then([
        missed(2021, '2022-06-02', 2),
        event('HighTechCertificationRevoked', {
          certificateNo: CERT,
          reason: 'two-missed-annual-reports',
          revokedOn: '2022-06-02',
          clawbackFromYear: 2022,
        }),
      ]);
    expect(certificateInForce(state, '2022-06-01')?.certificateNo).toBe(CERT);
    expect(certificateInForce(state, '2022-06-02')).toBeUndefined();
  });

  it('owes no more reports once the certificate is revoked', () => {
    const revoked = event('HighTechCertificationRevoked', {
      certificateNo: CERT,
      reason: 'fraud',
      revokedOn: '2021-03-10',
      clawbackFromYear: 2020,
    });
    spec
      .given([...certifiedHistory, revoked])
      .when(miss(2021, '2022-06-02'))
      .thenRejects({ _tag: 'NoCertificateForReportYear', uscc: HOUFU, year: 2021 });
  });
});

describe('ReportNameChange (更名)', () => {
  const rename = (changedOn: string, reportedOn: string, newName = '湖北厚福医疗科技股份有限公司') =>
    command('ReportNameChange', { newName, changedOn, reportedOn });

  it('renames within 3 months, keeping the certificate number and validity', () => {
    const state = spec
      .given(certifiedHistory)
      .when(rename('2021-11-30', '2022-02-28'))
      .then([
        event('EnterpriseRenamed', {
          previousName: HOUFU_NAME,
          newName: '湖北厚福医疗科技股份有限公司',
          changedOn: '2021-11-30',
          reportedOn: '2022-02-28',
          certificateNo: CERT,
        }),
      ]);
    expect(state.profile?.name).toBe('湖北厚福医疗科技股份有限公司');
    expect(certificateInForce(state, '2023-11-30')?.certificateNo).toBe(CERT);
  });

  it('refuses a report after the 3 months (clamped to the end of February)', () => {
    spec.given(certifiedHistory).when(rename('2021-11-30', '2022-03-01')).thenRejects({
      _tag: 'NameChangeReportedLate',
      uscc: HOUFU,
      certificateNo: CERT,
      changedOn: '2021-11-30',
      reportedOn: '2022-03-01',
      deadline: '2022-02-28',
    });
  });

  it('records a late rename of an enterprise without a certificate in force', () => {
    spec
      .given([registered])
      .when(rename('2019-03-01', '2020-03-01'))
      .then([
        event('EnterpriseRenamed', {
          previousName: HOUFU_NAME,
          newName: '湖北厚福医疗科技股份有限公司',
          changedOn: '2019-03-01',
          reportedOn: '2020-03-01',
        }),
      ]);
  });

  it('refuses the current name and a report before the change', () => {
    spec
      .given([registered])
      .when(rename('2020-03-01', '2020-03-02', HOUFU_NAME))
      .thenRejects({ _tag: 'NameUnchanged', uscc: HOUFU, name: HOUFU_NAME });
    spec.given([registered]).when(rename('2020-03-01', '2020-02-28')).thenRejects({
      _tag: 'DateOutOfOrder',
      uscc: HOUFU,
      path: 'data.reportedOn',
      date: '2020-02-28',
      notBefore: '2020-03-01',
    });
  });
});

describe('RevokeHighTechCertification (取消资格)', () => {
  const revoke = (revokedOn: string, clawbackFromYear: number, reason = 'fraud') =>
    command('RevokeHighTechCertification', { reason, revokedOn, clawbackFromYear });

  it('revokes the certificate in force from the revocation date', () => {
    const state = spec
      .given(certifiedHistory)
      .when(revoke('2021-03-10', 2020, 'major-accident-or-environmental-violation'))
      .then([
        event('HighTechCertificationRevoked', {
          certificateNo: CERT,
          reason: 'major-accident-or-environmental-violation',
          revokedOn: '2021-03-10',
          clawbackFromYear: 2020,
        }),
      ]);
    expect(certificateInForce(state, '2021-03-09')?.certificateNo).toBe(CERT);
    expect(certificateInForce(state, '2021-03-10')).toBeUndefined();
  });

  it('refuses when no certificate is in force: before issue, after expiry, after a revocation', () => {
    spec
      .given(certifiedHistory)
      .when(revoke('2020-11-30', 2020))
      .thenRejects({ _tag: 'NoCertificateInForce', uscc: HOUFU, on: '2020-11-30' });
    spec
      .given(certifiedHistory)
      .when(revoke('2023-12-01', 2021))
      .thenRejects({ _tag: 'NoCertificateInForce', uscc: HOUFU, on: '2023-12-01' });
    const revoked = event('HighTechCertificationRevoked', {
      certificateNo: CERT,
      reason: 'fraud',
      revokedOn: '2021-03-10',
      clawbackFromYear: 2020,
    });
    spec
      .given([...certifiedHistory, revoked])
      .when(revoke('2021-04-01', 2021))
      .thenRejects({ _tag: 'NoCertificateInForce', uscc: HOUFU, on: '2021-04-01' });
  });

  it('refuses a clawback year outside the issue year to the revocation year', () => {
    const outside = {
      _tag: 'ClawbackYearOutsideCertificate',
      uscc: HOUFU,
      certificateNo: CERT,
      fromYear: 2020,
      toYear: 2021,
    } as const;
    spec
      .given(certifiedHistory)
      .when(revoke('2021-03-10', 2019))
      .thenRejects({ ...outside, clawbackFromYear: 2019 });
    spec
      .given(certifiedHistory)
      .when(revoke('2021-03-10', 2022))
      .thenRejects({ ...outside, clawbackFromYear: 2022 });
  });
});
