// fast-check generators for every TechProject command and event (used by the property specs).
import fc from 'fast-check';
import { businessDate, fen, regionId, tagged, textLike, uscc } from '../shared/testing/arbitraries';
import type { Applicant } from './applicant';
import type { TechProjectCommand } from './commands';
import type { TechProjectEvent } from './events';
import type { Programme, ProgrammeId } from './programme';
import type { ProjectId, TrancheNo } from './projectId';

export const businessDateArb = businessDate('2015-01-01', '2025-12-31');
export const fenArb = fen(2_000_000_000_000);
export const textArb = textLike('智能医疗装备关键技术研发', '苎麻纤维加工新工艺', '不符合申报指南');
export const projectIdArb: fc.Arbitrary<ProjectId> = fc
  .stringMatching(/^[A-Za-z0-9-]{1,64}$/)
  .map((s) => s as ProjectId);
export const programmeArb: fc.Arbitrary<Programme> = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/).map((s) => s as ProgrammeId),
  name: fc.record({ zh: textArb, en: textArb }),
  level: fc.constantFrom('national', 'provincial', 'municipal'),
});
export const applicantArb: fc.Arbitrary<Applicant> = fc.oneof(
  fc.record({ kind: fc.constant('enterprise' as const), uscc }),
  fc.record({ kind: fc.constant('platform' as const), platformId: textArb }),
  fc.record({ kind: fc.constant('zone' as const), regionId }),
  fc.record({ kind: fc.constant('institution' as const), name: textArb }),
);
const trancheArb = fc.integer({ min: 1, max: 50 }).map((n) => n as TrancheNo);

/** Well-formed commands of each type (the decider may still refuse them). */
export const commandArbitraries = {
  PlanProject: tagged(
    'PlanProject',
    fc.record({
      projectId: projectIdArb,
      title: textArb,
      programme: programmeArb,
      applicant: applicantArb,
      regionId,
      plannedOn: businessDateArb,
    }),
  ),
  SubmitProposal: tagged(
    'SubmitProposal',
    fc.record(
      {
        projectId: projectIdArb,
        requestedAmount: fenArb,
        submittedOn: businessDateArb,
        title: textArb,
        programme: programmeArb,
        applicant: applicantArb,
        regionId,
      },
      { requiredKeys: ['projectId', 'requestedAmount', 'submittedOn'] },
    ),
  ),
  ApproveProject: tagged(
    'ApproveProject',
    fc.record({ projectId: projectIdArb, grant: fenArb, approvedOn: businessDateArb }),
  ),
  RejectProposal: tagged(
    'RejectProposal',
    fc.record({ projectId: projectIdArb, reason: textArb, rejectedOn: businessDateArb }),
  ),
  DisburseFunds: tagged(
    'DisburseFunds',
    fc.record({ projectId: projectIdArb, trancheNo: trancheArb, amount: fenArb, disbursedOn: businessDateArb }),
  ),
  RecordMidtermCheck: tagged(
    'RecordMidtermCheck',
    fc.record({
      projectId: projectIdArb,
      checkedOn: businessDateArb,
      result: fc.constantFrom('satisfactory', 'needs-improvement', 'unsatisfactory'),
    }),
  ),
  RequestAcceptance: tagged('RequestAcceptance', fc.record({ projectId: projectIdArb, requestedOn: businessDateArb })),
  RecordAcceptance: tagged(
    'RecordAcceptance',
    fc.record({
      projectId: projectIdArb,
      outcome: fc.constantFrom('passed', 'rectification-required', 'failed', 'closed'),
      decidedOn: businessDateArb,
    }),
  ),
  TerminateProject: tagged(
    'TerminateProject',
    fc.record({ projectId: projectIdArb, reason: textArb, terminatedOn: businessDateArb, recoverAmount: fenArb }),
  ),
  RecordFundsRecovered: tagged(
    'RecordFundsRecovered',
    fc.record({ projectId: projectIdArb, amount: fenArb, recoveredOn: businessDateArb }),
  ),
} as Readonly<Record<TechProjectCommand['type'], fc.Arbitrary<TechProjectCommand>>>;

const keyArb = fc.record({
  projectId: projectIdArb,
  programmeId: programmeArb.map((p) => p.id),
  fundingLevel: fc.constantFrom('national', 'provincial', 'municipal'),
  regionId,
  applicantKind: fc.constantFrom('enterprise', 'platform', 'zone', 'institution'),
});

const event = <T extends TechProjectEvent['type'], D>(type: T, data: fc.Arbitrary<D>) =>
  fc.tuple(keyArb, data).map(([key, d]) => ({ type, data: { ...key, ...d } }));

/** Well-formed events of each type, with all their fields. */
export const eventArbitraries = {
  ProjectPlanned: event(
    'ProjectPlanned',
    fc.record({ title: textArb, programme: programmeArb, applicant: applicantArb, plannedOn: businessDateArb }),
  ),
  ProposalSubmitted: event(
    'ProposalSubmitted',
    fc.record({
      title: textArb,
      programme: programmeArb,
      applicant: applicantArb,
      requestedAmount: fenArb,
      planned: fc.boolean(),
      submittedOn: businessDateArb,
    }),
  ),
  ProjectApproved: event(
    'ProjectApproved',
    fc.record({ requestedAmount: fenArb, grant: fenArb, approvedOn: businessDateArb }),
  ),
  ProposalRejected: event(
    'ProposalRejected',
    fc.record({ requestedAmount: fenArb, reason: textArb, rejectedOn: businessDateArb }),
  ),
  FundsDisbursed: event(
    'FundsDisbursed',
    fc.record({
      trancheNo: trancheArb,
      amount: fenArb,
      disbursedTotal: fenArb,
      grant: fenArb,
      disbursedOn: businessDateArb,
    }),
  ),
  MidtermCheckRecorded: event(
    'MidtermCheckRecorded',
    fc.record({
      grant: fenArb,
      result: fc.constantFrom('satisfactory', 'needs-improvement', 'unsatisfactory'),
      checkedOn: businessDateArb,
    }),
  ),
  AcceptanceRequested: event('AcceptanceRequested', fc.record({ grant: fenArb, requestedOn: businessDateArb })),
  AcceptanceRecorded: event(
    'AcceptanceRecorded',
    fc.record(
      {
        grant: fenArb,
        approvedOn: businessDateArb,
        outcome: fc.constantFrom('passed', 'rectification-required', 'failed', 'closed'),
        final: fc.boolean(),
        afterRectification: fc.boolean(),
        decidedOn: businessDateArb,
        rectificationDeadline: businessDateArb,
      },
      {
        requiredKeys: ['grant', 'approvedOn', 'outcome', 'final', 'afterRectification', 'decidedOn'],
      },
    ),
  ),
  ProjectTerminated: event(
    'ProjectTerminated',
    fc.record({
      grant: fenArb,
      approvedOn: businessDateArb,
      disbursed: fenArb,
      recoverAmount: fenArb,
      reason: textArb,
      terminatedOn: businessDateArb,
    }),
  ),
  FundsRecoveryOrdered: event('FundsRecoveryOrdered', fc.record({ amount: fenArb, orderedOn: businessDateArb })),
  FundsRecovered: event(
    'FundsRecovered',
    fc.record({ amount: fenArb, recoveredTotal: fenArb, ordered: fenArb, recoveredOn: businessDateArb }),
  ),
} as Readonly<Record<TechProjectEvent['type'], fc.Arbitrary<TechProjectEvent>>>;
