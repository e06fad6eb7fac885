import { describe, it } from 'vitest';
import {
  certified,
  command,
  event,
  HOUFU,
  APPLICATION_ID as ID,
  noticeStarted,
  registered,
  reviewed,
  spec,
  submitted,
} from './fixtures';

const inNotice = [registered, submitted, reviewed, noticeStarted];
const raise = (raisedOn: string) => command('RaiseObjection', { applicationId: ID, raisedOn });
const raised = (raisedOn: string) => event('ObjectionRaised', { applicationId: ID, raisedOn });
const resolve = (upheld: boolean, resolvedOn = '2020-10-26') =>
  command('ResolveObjection', { applicationId: ID, upheld, resolvedOn });
const resolved = (upheld: boolean, resolvedOn = '2020-10-26') =>
  event('ObjectionResolved', { applicationId: ID, upheld, resolvedOn });

describe('RaiseObjection (公示异议)', () => {
  it('records an objection on any day of the notice, its last included', () => {
    spec
      .given(inNotice)
      .when(raise('2020-09-28'))
      .then([raised('2020-09-28')]);
    spec
      .given(inNotice)
      .when(raise('2020-10-16'))
      .then([raised('2020-10-16')]);
  });

  it('refuses an objection after the notice ended', () => {
    spec.given(inNotice).when(raise('2020-10-17')).thenRejects({
      _tag: 'ObjectionOutsideNotice',
      uscc: HOUFU,
      applicationId: ID,
      startsOn: '2020-09-28',
      endsOn: '2020-10-16',
      raisedOn: '2020-10-17',
    });
  });

  it('refuses a second objection while one is being verified', () => {
    spec
      .given([...inNotice, raised('2020-10-09')])
      .when(raise('2020-10-12'))
      .thenRejects({ _tag: 'ObjectionAlreadyOpen', uscc: HOUFU, applicationId: ID, raisedOn: '2020-10-09' });
  });

  it('refuses an objection before any notice started', () => {
    spec.given([registered, submitted, reviewed]).when(raise('2020-09-28')).thenRejects({
      _tag: 'ApplicationStageMismatch',
      uscc: HOUFU,
      applicationId: ID,
      stage: 'review-passed',
      expected: 'in-notice',
    });
  });

  it('refuses a new objection dated before the previous one was resolved', () => {
    spec
      .given([...inNotice, raised('2020-10-09'), resolved(false, '2020-10-14')])
      .when(raise('2020-10-13'))
      .thenRejects({
        _tag: 'DateOutOfOrder',
        uscc: HOUFU,
        path: 'data.raisedOn',
        date: '2020-10-13',
        notBefore: '2020-10-14',
      });
  });
});

describe('ResolveObjection', () => {
  it('dismisses an objection, after which the certificate may be issued', () => {
    const history = [...inNotice, raised('2020-10-09')];
    spec
      .given(history)
      .when(resolve(false))
      .then([resolved(false)]);
    spec
      .given([...history, resolved(false)])
      .when(
        command('CertifyHighTechEnterprise', {
          applicationId: ID,
          certificateNo: 'GR202042000123',
          issuedOn: '2020-12-01',
        }),
      )
      .then([certified]);
  });

  it('ends the case when the objection is upheld', () => {
    spec
      .given([...inNotice, raised('2020-10-09')])
      .when(resolve(true))
      .then([
        resolved(true),
        event('HighTechApplicationRejected', {
          applicationId: ID,
          reason: 'objection-upheld',
          rejectedOn: '2020-10-26',
        }),
      ]);
  });

  it('refuses resolving when no objection is open', () => {
    spec.given(inNotice).when(resolve(false)).thenRejects({ _tag: 'NoOpenObjection', uscc: HOUFU, applicationId: ID });
  });

  it('refuses a resolution dated before the objection', () => {
    spec
      .given([...inNotice, raised('2020-10-09')])
      .when(resolve(false, '2020-10-08'))
      .thenRejects({
        _tag: 'DateOutOfOrder',
        uscc: HOUFU,
        path: 'data.resolvedOn',
        date: '2020-10-08',
        notBefore: '2020-10-09',
      });
  });

  it('blocks the certificate while an objection is open', () => {
    spec
      .given([...inNotice, raised('2020-10-09')])
      .when(
        command('CertifyHighTechEnterprise', {
          applicationId: ID,
          certificateNo: 'GR202042000123',
          issuedOn: '2020-12-01',
        }),
      )
      .thenRejects({ _tag: 'ObjectionOpen', uscc: HOUFU, applicationId: ID, raisedOn: '2020-10-09' });
  });
});
