// Builders shared by this folder's specs: readable commands with sensible defaults.
import type { BusinessDate } from '@innoledger/kernel';
import { deciderSpec } from '@innoledger/testing';
import type { RegionId } from '../regions/region';
import { defaultDomainConfig } from '../shared/domainConfig';
import type { Fen } from '../shared/money';
import type { NonEmptyString } from '../shared/strings';
import { acceptedHistory, decideAfter } from '../shared/testing/deciders';
import { usccOf } from '../shared/testing/fixtures';
import type {
  ContractRegistrationCommand,
  RegisterContract,
  ResubmitContract,
  SubmitContractForRegistration,
} from './commands';
import type { ContractNo, RegistrationNo } from './contractNo';
import { decideContractRegistration } from './decide';
import type { ContractRegistrationEvent } from './events';
import { type ContractRegistrationRules, defaultContractRegistrationRules } from './rules';
import { evolveContractRegistration, initialContractRegistrationState } from './state';
import type { Buyer, Seller } from './terms';

export const date = (s: string) => s as BusinessDate;
export const fen = (n: number) => n as Fen;
export const text = (s: string) => s as NonEmptyString;
export const region = (s: string) => s as RegionId;

export const CONTRACT = 'XN-2020-JS-0012' as ContractNo;
export const REG_NO = '2020421200000123' as RegistrationNo;
export const SELLER: Seller = {
  name: text('湖北香城智能机电产业技术研究院'),
  uscc: usccOf('12421200MB1C2D3E4'),
  regionId: region('gaoxin'),
};
export const BUYER: Buyer = { name: text('武汉某装备有限公司'), outsideRegion: text('湖北省武汉市') };

export const submitCommand = (
  over: Partial<SubmitContractForRegistration['data']> = {},
): SubmitContractForRegistration => ({
  type: 'SubmitContractForRegistration',
  data: {
    contractNo: CONTRACT,
    title: text('智能电机控制系统委托开发合同'),
    contractType: 'development',
    subtype: 'commissioned-development',
    grossAmount: fen(50_000_000),
    techAmount: fen(40_000_000),
    seller: SELLER,
    buyer: BUYER,
    signedOn: date('2020-03-02'),
    submittedOn: date('2020-03-10'),
    written: true,
    ...over,
  },
});

export const acceptCommand = (acceptedOn: string): ContractRegistrationCommand => ({
  type: 'AcceptRegistrationApplication',
  data: { contractNo: CONTRACT, acceptedOn: date(acceptedOn) },
});

export const registerCommand = (registeredOn: string, verifiedTechAmount?: number): RegisterContract => ({
  type: 'RegisterContract',
  data: {
    contractNo: CONTRACT,
    registrationNo: REG_NO,
    registeredOn: date(registeredOn),
    ...(verifiedTechAmount === undefined ? {} : { verifiedTechAmount: fen(verifiedTechAmount) }),
  },
});

export const correctionCommand = (requestedOn: string): ContractRegistrationCommand => ({
  type: 'RequestCorrection',
  data: { contractNo: CONTRACT, reason: text('合同名称与内容不符'), requestedOn: date(requestedOn) },
});

export const resubmitCommand = (
  resubmittedOn: string,
  over: Omit<Partial<ResubmitContract['data']>, 'contractNo' | 'resubmittedOn'> = {},
): ResubmitContract => ({
  type: 'ResubmitContract',
  data: { contractNo: CONTRACT, resubmittedOn: date(resubmittedOn), ...over },
});

export const amendCommand = (
  grossAmount: number,
  techAmount: number,
  amendedOn: string,
): ContractRegistrationCommand => ({
  type: 'AmendRegistration',
  data: {
    contractNo: CONTRACT,
    grossAmount: fen(grossAmount),
    techAmount: fen(techAmount),
    amendedOn: date(amendedOn),
  },
});

export const revokeCommand = (revokedOn: string): ContractRegistrationCommand => ({
  type: 'RevokeRegistration',
  data: { contractNo: CONTRACT, reason: 'duplicate', revokedOn: date(revokedOn) },
});

/** Submitted 2020-03-10, accepted 2020-03-12 (deadline 2020-04-11). */
export const accepted = (): ContractRegistrationCommand[] => [submitCommand(), acceptCommand('2020-03-12')];

/** …and registered 2020-03-20 with the declared amounts. */
export const registered = (): ContractRegistrationCommand[] => [...accepted(), registerCommand('2020-03-20')];

export const decide = (rules?: ContractRegistrationRules) => decideContractRegistration(defaultDomainConfig, rules);

/** The decider on Xianning's regions under `rules` (the shipped ones by default). */
const deciderWith = (rules?: ContractRegistrationRules) => ({
  initialState: initialContractRegistrationState,
  evolve: evolveContractRegistration,
  decide: decide(rules),
});

/** The events the decider records for `commands` in order; a refused command fails the test. */
export const history = (...commands: readonly ContractRegistrationCommand[]): ContractRegistrationEvent[] =>
  acceptedHistory(deciderWith(), commands);

/** The shared given/when/then (full-value assertions) under `rules`. */
export const specWith = (rules: ContractRegistrationRules) => deciderSpec(deciderWith(rules));

/** given/when/then under the shipped rules: `.then(events)` or `.thenRejects(rejection)`. */
export const spec = specWith(defaultContractRegistrationRules);

/** given(events).when(command): the bare decision, for the few partial matches on accepted events. */
export const given = (events: readonly ContractRegistrationEvent[], rules?: ContractRegistrationRules) => ({
  when: (command: ContractRegistrationCommand) => decideAfter(deciderWith(rules), events, command),
});
