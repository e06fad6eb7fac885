import { describe, it } from 'vitest';
import { activity, d, held, issue, issued, spec, str } from './fixtures';
import type { Count } from './vocabulary';

describe('IssuePolicyDocument (政策文件)', () => {
  it('issues a document without a 文号', () => {
    spec.when(issue('xn-xctd-2020')).then([issued(issue('xn-xctd-2020'))]);
  });

  it('issues a document with a 文号 and a summary', () => {
    const c = issue('xn-kjxm-2020', {
      title: str('咸宁市市级科技计划项目和资金管理办法'),
      issuer: str('咸宁市科技局 咸宁市财政局'),
      documentNo: str('咸科发〔2020〕5号'),
      summary: str('市本级20万元以内项目实行目标管理'),
    });
    spec.when(c).then([issued(c)]);
  });

  it('issues a document that takes effect before its issue date', () => {
    const c = issue('xn-retro-2020', { issuedOn: d('2020-03-31'), effectiveFrom: d('2020-01-01') });
    spec.when(c).then([issued(c)]);
  });

  it('refuses a document id already used', () => {
    spec
      .given([issued(issue('xn-xctd-2020'))])
      .when(issue('xn-xctd-2020', { issuedOn: d('2020-06-01') }))
      .thenRejects({ _tag: 'PolicyDocumentAlreadyIssued', documentId: 'xn-xctd-2020', issuedOn: '2020-05-08' });
  });

  it('refuses "无" as a 文号: a document without one omits the field', () => {
    for (const documentNo of ['无', ' N/A '])
      spec
        .when(issue('xn-summary-2020', { documentNo: str(documentNo) }))
        .thenRejects({ _tag: 'PlaceholderDocumentNo', documentId: 'xn-summary-2020', documentNo });
  });

  it('issues documents up to the last day of the plan year, and refuses one after it', () => {
    const last = issue('xn-late', { issuedOn: d('2020-12-31') });
    spec.when(last).then([issued(last)]);
    spec.when(issue('xn-late', { issuedOn: d('2021-01-04') })).thenRejects({
      _tag: 'DateOutsidePlan',
      path: 'data.issuedOn',
      date: '2021-01-04',
      from: '2020-01-01',
      to: '2020-12-31',
    });
  });
});

describe('RecordServiceActivity (培训、讲堂、产学研对接、科技特派员)', () => {
  it('records an online training and an offline matchmaking event with participants', () => {
    const matchmaking = activity('act-match-1', {
      kind: 'matchmaking',
      title: str('产学研推介活动（赤壁）'),
      online: false,
      participants: 85 as Count,
    });
    spec.when(activity('act-train-1')).then([held(activity('act-train-1'))]);
    spec.when(matchmaking).then([held(matchmaking)]);
  });

  it('records a lecture and a commissioner dispatch', () => {
    const lecture = activity('act-lecture-9', { kind: 'lecture', title: str('咸宁市创新创业大讲堂第九期') });
    const dispatch = activity('act-tpy-1', { kind: 'commissioner-dispatch', title: str('送科技下乡'), online: false });
    spec.when(lecture).then([held(lecture)]);
    spec.when(dispatch).then([held(dispatch)]);
  });

  it('records activities on the first and last day of the plan year', () => {
    for (const heldOn of ['2020-01-01', '2020-12-31']) {
      const c = activity('a-1', { heldOn: d(heldOn) });
      spec.when(c).then([held(c)]);
    }
  });

  it('refuses an activity id already used', () => {
    spec
      .given([held(activity('act-train-1'))])
      .when(activity('act-train-1', { heldOn: d('2020-04-01') }))
      .thenRejects({ _tag: 'ServiceActivityAlreadyRecorded', activityId: 'act-train-1', heldOn: '2020-03-12' });
  });

  it('refuses an activity held outside the plan year', () => {
    spec.when(activity('a-1', { heldOn: d('2019-12-31') })).thenRejects({
      _tag: 'DateOutsidePlan',
      path: 'data.heldOn',
      date: '2019-12-31',
      from: '2020-01-01',
      to: '2020-12-31',
    });
  });
});
