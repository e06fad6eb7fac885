import { left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  acceptanceCommand,
  approveCommand,
  date,
  fen,
  given,
  HOUFU,
  history,
  keyOf,
  midtermCommand,
  municipalProject,
  PROJECT,
  region,
  requestAcceptanceCommand,
  spec,
  specWith,
  submitCommand,
  text,
} from './fixtures';
import { programmes } from './programmes';
import { defaultTechProjectRules } from './rules';

const municipal = keyOf(programmes.xianningMunicipal, 'tongshan', 'enterprise');
const YUAN_200K = 20_000_000;

describe('RecordMidtermCheck (中期检查) under target management', () => {
  it('allows a check of a ≤ 200,000-yuan municipal project before the rule’s date', () => {
    spec
      .given(history(...municipalProject(YUAN_200K)))
      .when(midtermCommand('2020-06-30'))
      .then([
        {
          type: 'MidtermCheckRecorded',
          data: { ...municipal, grant: fen(YUAN_200K), result: 'satisfactory', checkedOn: date('2020-06-30') },
        },
      ]);
  });

  it('refuses it from the rule’s date on (200,000 yuan inclusive)', () => {
    spec
      .given(history(...municipalProject(YUAN_200K)))
      .when(midtermCommand('2020-07-01'))
      .thenRejects({
        _tag: 'MidtermCheckNotAllowed',
        projectId: PROJECT,
        fundingLevel: 'municipal',
        grant: YUAN_200K,
        maxGrant: YUAN_200K,
        checkedOn: '2020-07-01',
        ruleEffectiveFrom: '2020-07-01',
        ruleSource: '《咸宁市市级科技计划项目和资金管理办法》 (effective date inferred)',
      });
  });

  it('allows it for a municipal grant of 200,000.01 yuan', () => {
    expect(given(history(...municipalProject(YUAN_200K + 1))).when(midtermCommand('2020-09-01'))).toMatchObject(
      right([{ type: 'MidtermCheckRecorded', data: { grant: YUAN_200K + 1 } }]),
    );
  });

  it('allows it for a small grant at a higher level', () => {
    const provincial = history(
      submitCommand({
        requestedAmount: fen(10_000_000),
        title: text('黄鹤楼酒业酿造工艺'),
        programme: programmes.hubeiKeyRnd,
        applicant: HOUFU,
        regionId: region('xianan'),
      }),
      approveCommand(10_000_000),
    );
    expect(given(provincial).when(midtermCommand('2020-09-01'))).toMatchObject(
      right([{ type: 'MidtermCheckRecorded', data: { fundingLevel: 'provincial' } }]),
    );
  });

  it('judges by the rules it is given (another effective date)', () => {
    const rules = {
      ...defaultTechProjectRules,
      midtermCheck: [
        {
          effectiveFrom: '2019-01-01',
          value: { levels: ['municipal' as const], maxGrant: fen(YUAN_200K) },
          source: 'test',
        },
      ],
    };
    specWith(rules)
      .given(history(...municipalProject(YUAN_200K)))
      .when(midtermCommand('2020-06-30'))
      .thenRejects({
        _tag: 'MidtermCheckNotAllowed',
        projectId: PROJECT,
        fundingLevel: 'municipal',
        grant: YUAN_200K,
        maxGrant: YUAN_200K,
        checkedOn: '2020-06-30',
        ruleEffectiveFrom: '2019-01-01',
        ruleSource: 'test',
      });
  });

  it('refuses a second check', () => {
    const checked = history(...municipalProject(YUAN_200K * 2), midtermCommand('2020-03-01'));
    spec
      .given(checked)
      .when(midtermCommand('2020-09-01'))
      .thenRejects({ _tag: 'MidtermCheckAlreadyRecorded', projectId: PROJECT, checkedOn: '2020-03-01' });
  });

  it('refuses a check once acceptance was requested', () => {
    const requested = history(...municipalProject(YUAN_200K * 2), requestAcceptanceCommand('2020-03-01'));
    spec.given(requested).when(midtermCommand('2020-09-01')).thenRejects({
      _tag: 'ProjectNotInProgress',
      projectId: PROJECT,
      command: 'RecordMidtermCheck',
      status: 'acceptance-requested',
    });
  });
});

describe('RequestAcceptance (申请验收)', () => {
  it('opens the acceptance review of an approved project', () => {
    spec
      .given(history(...municipalProject(YUAN_200K)))
      .when(requestAcceptanceCommand('2020-03-02'))
      .then([
        { type: 'AcceptanceRequested', data: { ...municipal, grant: fen(YUAN_200K), requestedOn: date('2020-03-02') } },
      ]);
  });

  it('refuses it before approval', () => {
    expect(
      given(history(...municipalProject(YUAN_200K).slice(0, 1))).when(requestAcceptanceCommand('2020-03-02')),
    ).toEqual(
      left({ _tag: 'ProjectNotInProgress', projectId: PROJECT, command: 'RequestAcceptance', status: 'proposed' }),
    );
  });
});

describe('RecordAcceptance (验收)', () => {
  const requested = history(...municipalProject(YUAN_200K), requestAcceptanceCommand('2020-11-02'));
  const base = { ...municipal, grant: fen(YUAN_200K), approvedOn: date('2019-06-10') };

  it('records a pass as a final decision', () => {
    spec
      .given(requested)
      .when(acceptanceCommand('passed', '2020-11-30'))
      .then([
        {
          type: 'AcceptanceRecorded',
          data: { ...base, outcome: 'passed', final: true, afterRectification: false, decidedOn: date('2020-11-30') },
        },
      ]);
  });

  it('requires rectification within 3 months, clamped to the month’s end', () => {
    spec
      .given(requested)
      .when(acceptanceCommand('rectification-required', '2020-11-30'))
      .then([
        {
          type: 'AcceptanceRecorded',
          data: {
            ...base,
            outcome: 'rectification-required',
            final: false,
            afterRectification: false,
            decidedOn: date('2020-11-30'),
            rectificationDeadline: date('2021-02-28'),
          },
        },
      ]);
  });

  const rectifying = history(
    ...municipalProject(YUAN_200K),
    requestAcceptanceCommand('2020-11-02'),
    acceptanceCommand('rectification-required', '2020-11-30'),
  );

  it('passes after rectification on the deadline day', () => {
    expect(given(rectifying).when(acceptanceCommand('passed', '2021-02-28'))).toMatchObject(
      right([{ data: { outcome: 'passed', final: true, afterRectification: true } }]),
    );
  });

  it('refuses a pass after the deadline', () => {
    spec.given(rectifying).when(acceptanceCommand('passed', '2021-03-01')).thenRejects({
      _tag: 'RectificationDeadlinePassed',
      projectId: PROJECT,
      rectificationNoticeOn: '2020-11-30',
      deadline: '2021-02-28',
      decidedOn: '2021-03-01',
    });
  });

  it('still lets a late decision fail the project', () => {
    expect(given(rectifying).when(acceptanceCommand('failed', '2021-05-01'))).toMatchObject(
      right([{ data: { outcome: 'failed', final: true, afterRectification: true } }]),
    );
  });

  it('refuses a second rectification', () => {
    spec
      .given(rectifying)
      .when(acceptanceCommand('rectification-required', '2021-01-15'))
      .thenRejects({ _tag: 'RectificationAlreadyUsed', projectId: PROJECT, rectificationNoticeOn: '2020-11-30' });
  });

  it('closes a project (结题) and then takes no more decisions', () => {
    const closed = history(
      ...municipalProject(YUAN_200K),
      requestAcceptanceCommand('2020-11-02'),
      acceptanceCommand('closed', '2020-12-01'),
    );
    expect(closed.at(-1)).toMatchObject({ data: { outcome: 'closed', final: true } });
    spec
      .given(closed)
      .when(acceptanceCommand('passed', '2020-12-02'))
      .thenRejects({ _tag: 'AcceptanceNotRequested', projectId: PROJECT, status: 'closed' });
  });

  it('refuses a decision when no review was requested', () => {
    spec
      .given(history(...municipalProject(YUAN_200K)))
      .when(acceptanceCommand('passed', '2020-12-01'))
      .thenRejects({ _tag: 'AcceptanceNotRequested', projectId: PROJECT, status: 'approved' });
  });

  it('refuses a decision dated before the request', () => {
    spec.given(requested).when(acceptanceCommand('passed', '2020-11-01')).thenRejects({
      _tag: 'DateBeforeLastEvent',
      projectId: PROJECT,
      path: 'data.decidedOn',
      date: '2020-11-01',
      lastEventOn: '2020-11-02',
    });
  });
});
