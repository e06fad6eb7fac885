import type { AggregateModule } from '../shared/aggregateModule';
import type { DomainConfig } from '../shared/domainConfig';
import {
  type ContractRegistrationCommand,
  ContractRegistrationCommand as ContractRegistrationCommandCodec,
  contractRegistrationCommandTypes,
} from './commands';
import { decideContractRegistration } from './decide';
import {
  type ContractRegistrationEvent,
  contractRegistrationEventDefinitions,
  contractRegistrationEventRegistry,
} from './events';
import type { ContractRegistrationRejection } from './rejections';
import { type ContractRegistrationRules, defaultContractRegistrationRules } from './rules';
import { type ContractRegistrationState, evolveContractRegistration, initialContractRegistrationState } from './state';

/** The business date an event records: each event type names its own date field. */
const contractRegistrationEventDate = (event: ContractRegistrationEvent): string => {
  switch (event.type) {
    case 'ContractSubmittedForRegistration':
      return event.data.submittedOn;
    case 'RegistrationApplicationAccepted':
      return event.data.acceptedOn;
    case 'CorrectionRequested':
      return event.data.requestedOn;
    case 'ContractResubmitted':
      return event.data.resubmittedOn;
    case 'ContractRegistered':
      return event.data.registeredOn;
    case 'RegistrationRefused':
      return event.data.refusedOn;
    case 'RegistrationAmended':
      return event.data.amendedOn;
    case 'RegistrationRevoked':
      return event.data.revokedOn;
  }
};

/** The ContractRegistration module under `rules` (the shipped dated rules by default). */
export const contractRegistrationModuleWith = (
  rules: ContractRegistrationRules,
): AggregateModule<
  ContractRegistrationCommand,
  ContractRegistrationEvent,
  ContractRegistrationState,
  ContractRegistrationRejection
> => ({
  name: 'contractRegistration',
  commands: ContractRegistrationCommandCodec,
  commandTypes: contractRegistrationCommandTypes,
  events: contractRegistrationEventDefinitions,
  registry: contractRegistrationEventRegistry,
  decider: (config: DomainConfig) => ({
    initialState: initialContractRegistrationState,
    decide: decideContractRegistration(config, rules),
    evolve: evolveContractRegistration,
  }),
  streamId: (command) => `contractRegistration-${command.data.contractNo}`,
  occurredAt: (event) => contractRegistrationEventDate(event),
});

/** 技术合同认定登记: one registration per contract, judged by the contract-type rules of its day. */
export const contractRegistration = contractRegistrationModuleWith(defaultContractRegistrationRules);

export {
  AcceptRegistrationApplication,
  AmendRegistration,
  ContractRegistrationCommand,
  contractRegistrationCommandTypes,
  RefusalReason,
  RefuseRegistration,
  RegisterContract,
  RequestCorrection,
  ResubmitContract,
  RevocationReason,
  RevokeRegistration,
  SubmitContractForRegistration,
} from './commands';
export { ContractNo, RegistrationNo } from './contractNo';
export { decideContractRegistration } from './decide';
export {
  ContractRegistered,
  ContractRegisteredData,
  type ContractRegistrationEvent,
  ContractResubmitted,
  ContractResubmittedData,
  ContractSubmittedForRegistration,
  ContractSubmittedForRegistrationData,
  CorrectionRequested,
  CorrectionRequestedData,
  contractRegistrationEventDefinitions,
  contractRegistrationEventRegistry,
  RegistrationAmended,
  RegistrationAmendedData,
  RegistrationApplicationAccepted,
  RegistrationApplicationAcceptedData,
  RegistrationRefused,
  RegistrationRefusedData,
  RegistrationRevoked,
  RegistrationRevokedData,
} from './events';
export type * from './rejections';
export {
  type ContractRegistrationRules,
  type ContractTypeRuleSet,
  contractTypeRules,
  defaultContractRegistrationRules,
  registrationDeadlineRules,
} from './rules';
export {
  type ContractRegistrationState,
  type ContractStatus,
  evolveContractRegistration,
  initialContractRegistrationState,
  type RegistrationRecord,
} from './state';
export { Buyer, ContractSubtype, ContractTerms, ContractType, Seller } from './terms';
