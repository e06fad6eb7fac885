import { fold } from '@innoledger/kernel';
import { right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { defaultDomainConfig } from '../shared/domainConfig';
import {
  approveCommand,
  date,
  fen,
  given,
  HOUFU,
  history,
  keyOf,
  PROJECT,
  planCommand,
  region,
  spec,
  submitCommand,
  text,
  ZONE,
} from './fixtures';
import { techProject } from './index';
import { programmes } from './programmes';

const national = keyOf(programmes.mostTechBoostEconomy2020, 'xianan', 'enterprise');

describe('PlanProject (谋划)', () => {
  it('enters the project in the library with the facts indicators count by', () => {
    spec.when(planCommand()).then([
      {
        type: 'ProjectPlanned',
        data: {
          ...national,
          title: text('智能医疗装备关键技术研发'),
          programme: programmes.mostTechBoostEconomy2020,
          applicant: HOUFU,
          plannedOn: date('2020-02-20'),
        },
      },
    ]);
  });

  it('refuses to plan a project twice', () => {
    spec
      .given(history(planCommand()))
      .when(planCommand())
      .thenRejects({ _tag: 'ProjectAlreadyExists', projectId: PROJECT, status: 'planned' });
  });

  it('refuses a region the hierarchy does not have', () => {
    spec
      .when(planCommand({ regionId: region('wuhan') }))
      .thenRejects({ _tag: 'UnknownRegion', regionId: 'wuhan', path: 'data.regionId' });
  });

  it('refuses a zone applicant outside the hierarchy', () => {
    spec
      .when(planCommand({ applicant: { kind: 'zone', regionId: region('donghu') } }))
      .thenRejects({ _tag: 'UnknownRegion', regionId: 'donghu', path: 'data.applicant.regionId' });
  });
});

describe('SubmitProposal (申报)', () => {
  it('takes a planned project’s profile and marks the proposal as planned', () => {
    spec
      .given(history(planCommand()))
      .when(submitCommand())
      .then([
        {
          type: 'ProposalSubmitted',
          data: {
            ...national,
            title: text('智能医疗装备关键技术研发'),
            programme: programmes.mostTechBoostEconomy2020,
            applicant: HOUFU,
            requestedAmount: fen(100_000_000),
            planned: true,
            submittedOn: date('2020-03-10'),
          },
        },
      ]);
  });

  it('lets the proposal refine a planned field', () => {
    const decided = given(history(planCommand())).when(submitCommand({ title: text('新型呼吸机研发') }));
    expect(decided).toMatchObject(right([{ data: { title: '新型呼吸机研发', planned: true } }]));
  });

  it('accepts an unplanned proposal that names every field (百城百园 by the high-tech zone)', () => {
    const proposal = submitCommand({
      title: text('咸宁高新区百城百园行动'),
      programme: programmes.hundredCitiesHundredParks,
      applicant: ZONE,
      regionId: region('gaoxin'),
    });
    spec.when(proposal).then([
      {
        type: 'ProposalSubmitted',
        data: {
          ...keyOf(programmes.hundredCitiesHundredParks, 'gaoxin', 'zone'),
          title: text('咸宁高新区百城百园行动'),
          programme: programmes.hundredCitiesHundredParks,
          applicant: ZONE,
          requestedAmount: fen(100_000_000),
          planned: false,
          submittedOn: date('2020-03-10'),
        },
      },
    ]);
  });

  it('names the missing fields of an unplanned proposal', () => {
    spec.when(submitCommand({ programme: programmes.hubeiKeyRnd })).thenRejects({
      _tag: 'ProposalDetailsMissing',
      projectId: PROJECT,
      missing: ['data.title', 'data.applicant', 'data.regionId'],
    });
  });

  it('refuses a second proposal', () => {
    spec
      .given(history(planCommand(), submitCommand()))
      .when(submitCommand())
      .thenRejects({ _tag: 'ProposalAlreadySubmitted', projectId: PROJECT, status: 'proposed' });
  });

  it('refuses a zero request', () => {
    spec
      .given(history(planCommand()))
      .when(submitCommand({ requestedAmount: fen(0) }))
      .thenRejects({ _tag: 'AmountNotPositive', projectId: PROJECT, path: 'data.requestedAmount', amount: 0 });
  });

  it('refuses a proposal dated before the plan', () => {
    spec
      .given(history(planCommand()))
      .when(submitCommand({ submittedOn: date('2020-02-19') }))
      .thenRejects({
        _tag: 'DateBeforeLastEvent',
        projectId: PROJECT,
        path: 'data.submittedOn',
        date: '2020-02-19',
        lastEventOn: '2020-02-20',
      });
  });
});

describe('ApproveProject (立项) and RejectProposal', () => {
  const proposed = history(planCommand(), submitCommand());

  it('approves with a grant up to the request, carrying level and programme', () => {
    spec
      .given(proposed)
      .when(approveCommand(100_000_000))
      .then([
        {
          type: 'ProjectApproved',
          data: {
            ...national,
            requestedAmount: fen(100_000_000),
            grant: fen(100_000_000),
            approvedOn: date('2020-05-20'),
          },
        },
      ]);
  });

  it('refuses a grant above the request', () => {
    spec.given(proposed).when(approveCommand(100_000_001)).thenRejects({
      _tag: 'GrantExceedsRequest',
      projectId: PROJECT,
      grant: 100_000_001,
      requestedAmount: 100_000_000,
    });
  });

  it('refuses a zero grant', () => {
    spec
      .given(proposed)
      .when(approveCommand(0))
      .thenRejects({ _tag: 'AmountNotPositive', projectId: PROJECT, path: 'data.grant', amount: 0 });
  });

  it('refuses to approve what was never proposed', () => {
    spec
      .given(history(planCommand()))
      .when(approveCommand(1))
      .thenRejects({ _tag: 'ProposalNotPending', projectId: PROJECT, status: 'planned' });
  });

  it('refuses an approval dated before the proposal', () => {
    spec.given(proposed).when(approveCommand(1, '2020-03-09')).thenRejects({
      _tag: 'DateBeforeLastEvent',
      projectId: PROJECT,
      path: 'data.approvedOn',
      date: '2020-03-09',
      lastEventOn: '2020-03-10',
    });
  });

  it('rejects a pending proposal', () => {
    const reject = {
      type: 'RejectProposal' as const,
      data: { projectId: PROJECT, reason: text('不符合申报指南'), rejectedOn: date('2020-05-20') },
    };
    spec
      .given(proposed)
      .when(reject)
      .then([
        {
          type: 'ProposalRejected',
          data: {
            ...national,
            requestedAmount: fen(100_000_000),
            reason: text('不符合申报指南'),
            rejectedOn: date('2020-05-20'),
          },
        },
      ]);
    spec
      .given(history(planCommand(), submitCommand(), approveCommand(5)))
      .when(reject)
      .thenRejects({ _tag: 'ProposalNotPending', projectId: PROJECT, status: 'approved' });
  });
});

describe('the techProject module', () => {
  it('addresses one stream per project and dates events by their business date', () => {
    const command = planCommand();
    const [event] = history(command);
    expect(techProject.streamId(command)).toBe(`techProject-${PROJECT}`);
    expect(event && techProject.occurredAt(event, command)).toBe('2020-02-20');
  });

  it('lists every command type its codec accepts', () => {
    for (const type of techProject.commandTypes) {
      expect(techProject.commands.is({ type, data: {} })).toBe(false);
    }
    expect(techProject.commands.decode(planCommand())._tag).toBe('Right');
    expect(new Set(techProject.commandTypes).size).toBe(10);
  });

  it('represents a 2018 project accepted in 2020 (the 78 projects of the seed)', () => {
    const decider = techProject.decider(defaultDomainConfig);
    const events = history(
      submitCommand({
        submittedOn: date('2018-03-01'),
        requestedAmount: fen(10_000_000),
        title: text('富硒茶加工技术'),
        programme: programmes.xianningMunicipal,
        applicant: HOUFU,
        regionId: region('chibi'),
      }),
      approveCommand(10_000_000, '2018-06-01'),
      { type: 'RequestAcceptance', data: { projectId: PROJECT, requestedOn: date('2020-03-02') } },
      { type: 'RecordAcceptance', data: { projectId: PROJECT, outcome: 'passed', decidedOn: date('2020-04-15') } },
    );
    expect(events.at(-1)).toMatchObject({
      type: 'AcceptanceRecorded',
      data: {
        approvedOn: '2018-06-01',
        decidedOn: '2020-04-15',
        outcome: 'passed',
        final: true,
        fundingLevel: 'municipal',
      },
    });
    expect(fold(decider, events).status).toBe('accepted');
  });
});
