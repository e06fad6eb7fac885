import { describe, expect, it } from 'vitest';
import {
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

const submit = (submittedOn: string, applicationId = ID) =>
  command('SubmitHighTechApplication', { applicationId, submittedOn });
const revoked = (revokedOn: string) =>
  event('HighTechCertificationRevoked', {
    certificateNo: 'GR202042000123',
    reason: 'fraud',
    revokedOn,
    clawbackFromYear: 2020,
  });

describe('SubmitHighTechApplication', () => {
  it('opens a case for an enterprise established at least a year before', () => {
    spec.given([registered]).when(submit('2020-06-15')).then([submitted]);
  });

  it('accepts on the anniversary of establishment and refuses the day before', () => {
    const young = event('EnterpriseRegistered', { ...registered.data, establishedOn: '2019-07-01' });
    spec
      .given([young])
      .when(submit('2020-07-01'))
      .then([event('HighTechApplicationSubmitted', { applicationId: ID, submittedOn: '2020-07-01' })]);
    spec.given([young]).when(submit('2020-06-30')).thenRejects({
      _tag: 'EnterpriseTooYoung',
      uscc: HOUFU,
      establishedOn: '2019-07-01',
      submittedOn: '2020-06-30',
      eligibleFrom: '2020-07-01',
    });
  });

  it('refuses a second application while one is pending', () => {
    spec
      .given([registered, submitted])
      .when(submit('2020-07-01', 'HT-2020-02'))
      .thenRejects({ _tag: 'ApplicationAlreadyPending', uscc: HOUFU, pendingApplicationId: ID });
  });

  it('refuses reusing the id of a closed case', () => {
    spec
      .given([registered, submitted, rejected('authority-review', '2020-08-01')])
      .when(submit('2020-09-01'))
      .thenRejects({ _tag: 'ApplicationIdAlreadyUsed', uscc: HOUFU, applicationId: ID });
  });

  it('refuses an application dated before the previous case closed', () => {
    spec
      .given([registered, submitted, rejected('authority-review', '2020-08-01')])
      .when(submit('2020-07-20', 'HT-2020-02'))
      .thenRejects({
        _tag: 'DateOutOfOrder',
        uscc: HOUFU,
        path: 'data.submittedOn',
        date: '2020-07-20',
        notBefore: '2020-08-01',
      });
  });

  it('refuses an application in the calendar year of a revocation, and accepts one the next year', () => {
    const history = [...certifiedHistory, revoked('2021-03-10')];
    spec.given(history).when(submit('2021-12-31', 'HT-2021-01')).thenRejects({
      _tag: 'ApplicationInRevocationYear',
      uscc: HOUFU,
      revokedOn: '2021-03-10',
      submittedOn: '2021-12-31',
    });
    spec
      .given(history)
      .when(submit('2022-01-04', 'HT-2022-01'))
      .then([event('HighTechApplicationSubmitted', { applicationId: 'HT-2022-01', submittedOn: '2022-01-04' })]);
  });

  it('refuses re-application while a certificate is in force before its final year', () => {
    spec.given(certifiedHistory).when(submit('2022-12-31', 'HT-2022-01')).thenRejects({
      _tag: 'CertificateStillInForce',
      uscc: HOUFU,
      certificateNo: 'GR202042000123',
      validUntil: '2023-11-30',
      reapplyFrom: '2023-01-01',
    });
  });

  it('accepts re-application in the certificate’s final year, as a new case', () => {
    spec
      .given(certifiedHistory)
      .when(submit('2023-01-01', 'HT-2023-01'))
      .then([event('HighTechApplicationSubmitted', { applicationId: 'HT-2023-01', submittedOn: '2023-01-01' })]);
  });

  it('accepts an application after expiry, which needs no event', () => {
    spec
      .given(certifiedHistory)
      .when(submit('2024-03-01', 'HT-2024-01'))
      .then([event('HighTechApplicationSubmitted', { applicationId: 'HT-2024-01', submittedOn: '2024-03-01' })]);
  });

  it('refuses a date before the 2016 rules were in force', () => {
    spec
      .given([registered])
      .when(submit('2015-12-31'))
      .thenRejects({ _tag: 'NoRuleInForce', uscc: HOUFU, rule: 'high-tech', date: '2015-12-31' });
  });
});

describe('RecordExpertReview', () => {
  const review = (score: number, reviewedOn = '2020-08-20', applicationId = ID) =>
    command('RecordExpertReview', { applicationId, score, reviewedOn });

  it('passes an innovation score of 71', () => {
    spec
      .given([registered, submitted])
      .when(review(71))
      .then([event('ExpertReviewPassed', { applicationId: ID, score: 71, reviewedOn: '2020-08-20' })]);
  });

  it('rejects the application at 70 ("70分以上, 不含70分"), keeping the score', () => {
    const state = spec
      .given([registered, submitted])
      .when(review(70))
      .then([rejected('score-below-threshold', '2020-08-20', { score: 70 })]);
    expect(state.pendingApplication).toBeUndefined();
  });

  it('refuses a review of a case that is not pending', () => {
    spec
      .given([registered, submitted])
      .when(review(80, '2020-08-20', 'HT-OTHER'))
      .thenRejects({ _tag: 'ApplicationNotPending', uscc: HOUFU, applicationId: 'HT-OTHER' });
  });

  it('refuses a second review', () => {
    spec.given([registered, submitted, reviewed]).when(review(80)).thenRejects({
      _tag: 'ApplicationStageMismatch',
      uscc: HOUFU,
      applicationId: ID,
      stage: 'review-passed',
      expected: 'submitted',
    });
  });

  it('refuses a review dated before the application', () => {
    spec.given([registered, submitted]).when(review(80, '2020-06-14')).thenRejects({
      _tag: 'DateOutOfOrder',
      uscc: HOUFU,
      path: 'data.reviewedOn',
      date: '2020-06-14',
      notBefore: '2020-06-15',
    });
  });
});

describe('StartPublicNotice (公示, 10 working days)', () => {
  const start = (startsOn: string) => command('StartPublicNotice', { applicationId: ID, startsOn });

  it('ends on the 10th working day on the official calendar, across National Day and a make-up Saturday', () => {
    spec.given([registered, submitted, reviewed]).when(start('2020-09-28')).then([noticeStarted]);
  });

  it('counts a plain fortnight when no holiday intervenes', () => {
    spec
      .given([registered, submitted, reviewed])
      .when(start('2020-11-02'))
      .then([event('PublicNoticeStarted', { applicationId: ID, startsOn: '2020-11-02', endsOn: '2020-11-13' })]);
  });

  it('refuses a notice the calendar cannot count to the end of', () => {
    const late = [
      registered,
      event('HighTechApplicationSubmitted', { applicationId: ID, submittedOn: '2021-06-15' }),
      event('ExpertReviewPassed', { applicationId: ID, score: 75, reviewedOn: '2021-11-20' }),
    ];
    spec
      .given(late)
      .when(start('2021-12-27'))
      .thenRejects({ _tag: 'WorkingDayCalendarNotCovered', uscc: HOUFU, startsOn: '2021-12-27' });
  });

  it('refuses a notice before the expert review passed', () => {
    spec.given([registered, submitted]).when(start('2020-09-28')).thenRejects({
      _tag: 'ApplicationStageMismatch',
      uscc: HOUFU,
      applicationId: ID,
      stage: 'submitted',
      expected: 'review-passed',
    });
  });

  it('refuses a notice dated before the review', () => {
    spec.given([registered, submitted, reviewed]).when(start('2020-08-19')).thenRejects({
      _tag: 'DateOutOfOrder',
      uscc: HOUFU,
      path: 'data.startsOn',
      date: '2020-08-19',
      notBefore: '2020-08-20',
    });
  });
});
