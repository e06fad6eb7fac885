import { describe, expect, it } from 'vitest';
import {
  certified,
  certifiedHistory,
  command,
  event,
  HOUFU,
  APPLICATION_ID as ID,
  noticeStarted,
  registered,
  rejected,
  reviewed,
  spec,
  submitted,
} from './fixtures';
import { certificateInForce } from './queries';

describe('CertifyHighTechEnterprise', () => {
  const inNotice = [registered, submitted, reviewed, noticeStarted];
  const certify = (issuedOn: string, certificateNo = 'GR202042000123') =>
    command('CertifyHighTechEnterprise', { applicationId: ID, certificateNo, issuedOn });

  it('issues a 3-year certificate after the notice ended, valid through the day before the third anniversary', () => {
    const state = spec.given(inNotice).when(certify('2020-12-01')).then([certified]);
    expect(certificateInForce(state, '2020-12-01')?.certificateNo).toBe('GR202042000123');
    expect(certificateInForce(state, '2023-11-30')?.certificateNo).toBe('GR202042000123');
    expect(certificateInForce(state, '2023-12-01')).toBeUndefined();
    expect(state.pendingApplication).toBeUndefined();
  });

  it('refuses issue on the last day of the notice', () => {
    spec.given(inNotice).when(certify('2020-10-16')).thenRejects({
      _tag: 'PublicNoticeNotEnded',
      uscc: HOUFU,
      applicationId: ID,
      endsOn: '2020-10-16',
      issuedOn: '2020-10-16',
    });
  });

  it('refuses issue before the public notice', () => {
    spec.given([registered, submitted, reviewed]).when(certify('2020-12-01')).thenRejects({
      _tag: 'ApplicationStageMismatch',
      uscc: HOUFU,
      applicationId: ID,
      stage: 'review-passed',
      expected: 'in-notice',
    });
  });

  it('refuses a certificate number this enterprise already had', () => {
    const second = [
      ...certifiedHistory,
      event('HighTechApplicationSubmitted', { applicationId: 'HT-2023-01', submittedOn: '2023-05-01' }),
      event('ExpertReviewPassed', { applicationId: 'HT-2023-01', score: 80, reviewedOn: '2023-08-01' }),
      event('PublicNoticeStarted', { applicationId: 'HT-2023-01', startsOn: '2023-09-04', endsOn: '2023-09-15' }),
    ];
    spec
      .given(second)
      .when(
        command('CertifyHighTechEnterprise', {
          applicationId: 'HT-2023-01',
          certificateNo: 'GR202042000123',
          issuedOn: '2023-10-20',
        }),
      )
      .thenRejects({ _tag: 'CertificateNoAlreadyUsed', uscc: HOUFU, certificateNo: 'GR202042000123' });
  });

  it('supersedes a certificate in its final year, so only one is ever in force', () => {
    const second = [
      ...certifiedHistory,
      event('HighTechApplicationSubmitted', { applicationId: 'HT-2023-01', submittedOn: '2023-05-01' }),
      event('ExpertReviewPassed', { applicationId: 'HT-2023-01', score: 80, reviewedOn: '2023-08-01' }),
      event('PublicNoticeStarted', { applicationId: 'HT-2023-01', startsOn: '2023-09-04', endsOn: '2023-09-15' }),
    ];
    const state = spec
      .given(second)
      .when(
        command('CertifyHighTechEnterprise', {
          applicationId: 'HT-2023-01',
          certificateNo: 'GR202342000777',
          issuedOn: '2023-10-20',
        }),
      )
      .then([
        event('HighTechEnterpriseCertified', {
          applicationId: 'HT-2023-01',
          certificateNo: 'GR202342000777',
          issuedOn: '2023-10-20',
          validUntil: '2026-10-19',
          supersedesCertificateNo: 'GR202042000123',
        }),
      ]);
    expect(certificateInForce(state, '2023-10-19')?.certificateNo).toBe('GR202042000123');
    expect(certificateInForce(state, '2023-10-20')?.certificateNo).toBe('GR202342000777');
    expect(state.certificates.filter((c) => c.issuedOn <= '2023-11-01' && '2023-11-01' <= c.validUntil)).toHaveLength(
      2,
    );
  });
});

describe('RejectHighTechApplication', () => {
  it('closes a pending case at any step with the authority’s reason', () => {
    spec
      .given([registered, submitted, reviewed, noticeStarted])
      .when(
        command('RejectHighTechApplication', {
          applicationId: ID,
          reason: '认定机构综合审查未通过',
          rejectedOn: '2020-10-30',
        }),
      )
      .then([rejected('认定机构综合审查未通过', '2020-10-30')]);
  });

  it('refuses rejecting a case that is closed', () => {
    spec
      .given(certifiedHistory)
      .when(command('RejectHighTechApplication', { applicationId: ID, reason: 'late', rejectedOn: '2020-12-02' }))
      .thenRejects({ _tag: 'ApplicationNotPending', uscc: HOUFU, applicationId: ID });
  });

  it('refuses a rejection dated before the case’s last step', () => {
    spec
      .given([registered, submitted, reviewed])
      .when(command('RejectHighTechApplication', { applicationId: ID, reason: 'x', rejectedOn: '2020-08-01' }))
      .thenRejects({
        _tag: 'DateOutOfOrder',
        uscc: HOUFU,
        path: 'data.rejectedOn',
        date: '2020-08-01',
        notBefore: '2020-08-20',
      });
  });
});
