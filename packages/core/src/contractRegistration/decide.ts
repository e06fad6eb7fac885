import type { Either } from 'fp-ts/lib/Either.js';
import type { DomainConfig } from '../shared/domainConfig';
import type { ContractRegistrationCommand } from './commands';
import {
  acceptApplication,
  refuseRegistration,
  requestCorrection,
  resubmitContract,
  submitContract,
} from './decideApplication';
import { amendRegistration, registerContract, revokeRegistration } from './decideRegistration';
import type { ContractRegistrationEvent } from './events';
import type { ContractRegistrationRejection } from './rejections';
import { type ContractRegistrationRules, defaultContractRegistrationRules } from './rules';
import type { ContractRegistrationState } from './state';

/**
 * The ContractRegistration decider. Contract types are judged by the rules in force on the date
 * of the step being decided: the filing date for a submission or resubmission, the registration
 * date for a registration. `rules` defaults to the 2001 rules and the Civil Code from 2021.
 */
export const decideContractRegistration =
  (config: DomainConfig, rules: ContractRegistrationRules = defaultContractRegistrationRules) =>
  (
    command: ContractRegistrationCommand,
    state: ContractRegistrationState,
  ): Either<ContractRegistrationRejection, readonly ContractRegistrationEvent[]> => {
    switch (command.type) {
      case 'SubmitContractForRegistration':
        return submitContract(config, rules, command, state);
      case 'AcceptRegistrationApplication':
        return acceptApplication(rules, command, state);
      case 'RegisterContract':
        return registerContract(rules, command, state);
      case 'RequestCorrection':
        return requestCorrection(command, state);
      case 'ResubmitContract':
        return resubmitContract(config, rules, command, state);
      case 'RefuseRegistration':
        return refuseRegistration(command, state);
      case 'AmendRegistration':
        return amendRegistration(command, state);
      case 'RevokeRegistration':
        return revokeRegistration(command, state);
    }
  };
