// Builders shared by this folder's specs: readable commands with sensible defaults.
import type { BusinessDate } from '@innoledger/kernel';
import { deciderSpec } from '@innoledger/testing';
import type { RegionId } from '../regions/region';
import { defaultDomainConfig } from '../shared/domainConfig';
import type { Fen } from '../shared/money';
import type { NonEmptyString } from '../shared/strings';
import { acceptedHistory, decideAfter } from '../shared/testing/deciders';
import { usccOf } from '../shared/testing/fixtures';
import type { Applicant } from './applicant';
import type {
  ApproveProject,
  DisburseFunds,
  PlanProject,
  RecordAcceptance,
  RecordMidtermCheck,
  SubmitProposal,
  TechProjectCommand,
} from './commands';
import { decideTechProject } from './decide';
import type { TechProjectEvent } from './events';
import type { Programme } from './programme';
import { programmes } from './programmes';
import type { ProjectId, TrancheNo } from './projectId';
import { defaultTechProjectRules, type TechProjectRules } from './rules';
import { evolveTechProject, initialTechProjectState } from './state';

export const date = (s: string) => s as BusinessDate;
export const fen = (n: number) => n as Fen;
export const text = (s: string) => s as NonEmptyString;
export const region = (s: string) => s as RegionId;

export const PROJECT = 'XN-2018-017' as ProjectId;
export const HOUFU: Applicant = { kind: 'enterprise', uscc: usccOf('91421200MA49B7X1A') };
export const ZONE: Applicant = { kind: 'zone', regionId: region('gaoxin') };

export const planCommand = (over: Partial<PlanProject['data']> = {}): PlanProject => ({
  type: 'PlanProject',
  data: {
    projectId: PROJECT,
    title: text('智能医疗装备关键技术研发'),
    programme: programmes.mostTechBoostEconomy2020,
    applicant: HOUFU,
    regionId: region('xianan'),
    plannedOn: date('2020-02-20'),
    ...over,
  },
});

export const submitCommand = (over: Partial<SubmitProposal['data']> = {}): SubmitProposal => ({
  type: 'SubmitProposal',
  data: { projectId: PROJECT, requestedAmount: fen(100_000_000), submittedOn: date('2020-03-10'), ...over },
});

export const approveCommand = (grant: number, approvedOn = '2020-05-20'): ApproveProject => ({
  type: 'ApproveProject',
  data: { projectId: PROJECT, grant: fen(grant), approvedOn: date(approvedOn) },
});

export const disburseCommand = (trancheNo: number, amount: number, disbursedOn = '2020-06-01'): DisburseFunds => ({
  type: 'DisburseFunds',
  data: { projectId: PROJECT, trancheNo: trancheNo as TrancheNo, amount: fen(amount), disbursedOn: date(disbursedOn) },
});

export const midtermCommand = (checkedOn: string): RecordMidtermCheck => ({
  type: 'RecordMidtermCheck',
  data: { projectId: PROJECT, checkedOn: date(checkedOn), result: 'satisfactory' },
});

export const acceptanceCommand = (
  outcome: RecordAcceptance['data']['outcome'],
  decidedOn: string,
): RecordAcceptance => ({
  type: 'RecordAcceptance',
  data: { projectId: PROJECT, outcome, decidedOn: date(decidedOn) },
});

export const requestAcceptanceCommand = (requestedOn: string): TechProjectCommand => ({
  type: 'RequestAcceptance',
  data: { projectId: PROJECT, requestedOn: date(requestedOn) },
});

/** A municipal project approved with `grant` fen (市级科技计划), submitted without a plan. */
export const municipalProject = (grant: number, approvedOn = '2019-06-10'): TechProjectCommand[] => [
  submitCommand({
    requestedAmount: fen(grant),
    submittedOn: date('2019-03-01'),
    title: text('苎麻纤维加工新工艺'),
    programme: programmes.xianningMunicipal,
    applicant: HOUFU,
    regionId: region('tongshan'),
  }),
  approveCommand(grant, approvedOn),
];

export const decide = (rules?: TechProjectRules) => decideTechProject(defaultDomainConfig, rules);

/** The decider on Xianning's regions under `rules` (the shipped ones by default). */
const deciderWith = (rules?: TechProjectRules) => ({
  initialState: initialTechProjectState,
  evolve: evolveTechProject,
  decide: decide(rules),
});

/** The events the decider records for `commands` in order; a refused command fails the test. */
export const history = (...commands: readonly TechProjectCommand[]): TechProjectEvent[] =>
  acceptedHistory(deciderWith(), commands);

/** The shared given/when/then (full-value assertions) under `rules`. */
export const specWith = (rules: TechProjectRules) => deciderSpec(deciderWith(rules));

/** given/when/then under the shipped rules: `.then(events)` or `.thenRejects(rejection)`. */
export const spec = specWith(defaultTechProjectRules);

/** given(events).when(command): the bare decision, for the few partial matches on accepted events. */
export const given = (events: readonly TechProjectEvent[], rules?: TechProjectRules) => ({
  when: (command: TechProjectCommand) => decideAfter(deciderWith(rules), events, command),
});

export const keyOf = (programme: Programme, regionId: string, applicantKind: Applicant['kind']) => ({
  projectId: PROJECT,
  programmeId: programme.id,
  fundingLevel: programme.level,
  regionId: region(regionId),
  applicantKind,
});
