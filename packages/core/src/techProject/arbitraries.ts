// fast-check generators for every TechProject command and event (used by the property specs).
import type { BusinessDate } from '@innoledger/kernel';
import fc from 'fast-check';
import type { RegionId } from '../regions/region';
import { xianningRegionList } from '../regions/xianning';
import type { Fen } from '../shared/money';
import type { NonEmptyString } from '../shared/strings';
import { type Uscc, usccCheckCharacter } from '../shared/uscc';
import type { Applicant } from './applicant';
import type { TechProjectCommand } from './commands';
import type { TechProjectEvent } from './events';
import type { Programme, ProgrammeId } from './programme';
import type { ProjectId, TrancheNo } from './projectId';

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'.split('');

export const businessDateArb: fc.Arbitrary<BusinessDate> = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as BusinessDate);
export const fenArb: fc.Arbitrary<Fen> = fc.integer({ min: 0, max: 2_000_000_000_000 }).map((n) => n as Fen);
export const textArb: fc.Arbitrary<NonEmptyString> = fc.oneof(
  fc.constantFrom('智能医疗装备关键技术研发', '苎麻纤维加工新工艺', '不符合申报指南'),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
) as fc.Arbitrary<NonEmptyString>;
export const regionIdArb: fc.Arbitrary<RegionId> = fc.constantFrom(...xianningRegionList.map((r) => r.id));
export const usccArb: fc.Arbitrary<Uscc> = fc
  .tuple(
    fc.array(fc.constantFrom(...USCC_CHARS), { minLength: 2, maxLength: 2 }),
    fc.array(fc.constantFrom(...'0123456789'.split('')), { minLength: 6, maxLength: 6 }),
    fc.array(fc.constantFrom(...USCC_CHARS), { minLength: 9, maxLength: 9 }),
  )
  .map(([a, b, c]) => {
    const first17 = [...a, ...b, ...c].join('');
    return `${first17}${usccCheckCharacter(first17)}` as Uscc;
  });
export const projectIdArb: fc.Arbitrary<ProjectId> = fc
  .stringMatching(/^[A-Za-z0-9-]{1,64}$/)
  .map((s) => s as ProjectId);
export const programmeArb: fc.Arbitrary<Programme> = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/).map((s) => s as ProgrammeId),
  name: fc.record({ zh: textArb, en: textArb }),
  level: fc.constantFrom('national', 'provincial', 'municipal'),
});
export const applicantArb: fc.Arbitrary<Applicant> = fc.oneof(
  fc.record({ kind: fc.constant('enterprise' as const), uscc: usccArb }),
  fc.record({ kind: fc.constant('platform' as const), platformId: textArb }),
  fc.record({ kind: fc.constant('zone' as const), regionId: regionIdArb }),
  fc.record({ kind: fc.constant('institution' as const), name: textArb }),
);
const trancheArb = fc.integer({ min: 1, max: 50 }).map((n) => n as TrancheNo);

const command = <T extends TechProjectCommand['type'], D>(type: T, data: fc.Arbitrary<D>) =>
  data.map((d) => ({ type, data: d }));

/** Any well-formed command (the decider may still refuse it). */
export const techProjectCommandArb: fc.Arbitrary<TechProjectCommand> = fc.oneof(
  command(
    'PlanProject',
    fc.record({
      projectId: projectIdArb,
      title: textArb,
      programme: programmeArb,
      applicant: applicantArb,
      regionId: regionIdArb,
      plannedOn: businessDateArb,
    }),
  ),
  command(
    'SubmitProposal',
    fc.record(
      {
        projectId: projectIdArb,
        requestedAmount: fenArb,
        submittedOn: businessDateArb,
        title: textArb,
        programme: programmeArb,
        applicant: applicantArb,
        regionId: regionIdArb,
      },
      { requiredKeys: ['projectId', 'requestedAmount', 'submittedOn'] },
    ),
  ),
  command('ApproveProject', fc.record({ projectId: projectIdArb, grant: fenArb, approvedOn: businessDateArb })),
  command('RejectProposal', fc.record({ projectId: projectIdArb, reason: textArb, rejectedOn: businessDateArb })),
  command(
    'DisburseFunds',
    fc.record({ projectId: projectIdArb, trancheNo: trancheArb, amount: fenArb, disbursedOn: businessDateArb }),
  ),
  command(
    'RecordMidtermCheck',
    fc.record({
      projectId: projectIdArb,
      checkedOn: businessDateArb,
      result: fc.constantFrom('satisfactory', 'needs-improvement', 'unsatisfactory'),
    }),
  ),
  command('RequestAcceptance', fc.record({ projectId: projectIdArb, requestedOn: businessDateArb })),
  command(
    'RecordAcceptance',
    fc.record({
      projectId: projectIdArb,
      outcome: fc.constantFrom('passed', 'rectification-required', 'failed', 'closed'),
      decidedOn: businessDateArb,
    }),
  ),
  command(
    'TerminateProject',
    fc.record({ projectId: projectIdArb, reason: textArb, terminatedOn: businessDateArb, recoverAmount: fenArb }),
  ),
  command('RecordFundsRecovered', fc.record({ projectId: projectIdArb, amount: fenArb, recoveredOn: businessDateArb })),
) as fc.Arbitrary<TechProjectCommand>;

const keyArb = fc.record({
  projectId: projectIdArb,
  programmeId: programmeArb.map((p) => p.id),
  fundingLevel: fc.constantFrom('national', 'provincial', 'municipal'),
  regionId: regionIdArb,
  applicantKind: fc.constantFrom('enterprise', 'platform', 'zone', 'institution'),
});

const event = <T extends TechProjectEvent['type'], D>(type: T, data: fc.Arbitrary<D>) =>
  fc.tuple(keyArb, data).map(([key, d]) => ({ type, data: { ...key, ...d } }));

/** Any well-formed event, each type with all its fields. */
export const techProjectEventArb: fc.Arbitrary<TechProjectEvent> = fc.oneof(
  event(
    'ProjectPlanned',
    fc.record({ title: textArb, programme: programmeArb, applicant: applicantArb, plannedOn: businessDateArb }),
  ),
  event(
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
  event('ProjectApproved', fc.record({ requestedAmount: fenArb, grant: fenArb, approvedOn: businessDateArb })),
  event('ProposalRejected', fc.record({ requestedAmount: fenArb, reason: textArb, rejectedOn: businessDateArb })),
  event(
    'FundsDisbursed',
    fc.record({
      trancheNo: trancheArb,
      amount: fenArb,
      disbursedTotal: fenArb,
      grant: fenArb,
      disbursedOn: businessDateArb,
    }),
  ),
  event(
    'MidtermCheckRecorded',
    fc.record({
      grant: fenArb,
      result: fc.constantFrom('satisfactory', 'needs-improvement', 'unsatisfactory'),
      checkedOn: businessDateArb,
    }),
  ),
  event('AcceptanceRequested', fc.record({ grant: fenArb, requestedOn: businessDateArb })),
  event(
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
  event(
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
  event('FundsRecoveryOrdered', fc.record({ amount: fenArb, orderedOn: businessDateArb })),
  event(
    'FundsRecovered',
    fc.record({ amount: fenArb, recoveredTotal: fenArb, ordered: fenArb, recoveredOn: businessDateArb }),
  ),
) as fc.Arbitrary<TechProjectEvent>;
