import type { Either } from 'fp-ts/lib/Either.js';
import type { DomainConfig } from '../shared/domainConfig';
import type { TechProjectCommand } from './commands';
import { disburseFunds, recordFundsRecovered, terminateProject } from './decideFunding';
import { approveProject, planProject, rejectProposal, submitProposal } from './decideProposal';
import { recordAcceptance, recordMidtermCheck, requestAcceptance } from './decideReview';
import type { TechProjectEvent } from './events';
import type { TechProjectRejection } from './rejections';
import { defaultTechProjectRules, type TechProjectRules } from './rules';
import type { TechProjectState } from './state';

/**
 * The TechProject decider: a command and the project's state in, the events or the rejection
 * out. `rules` defaults to the shipped dated rules (target management from 2020-07-01, one
 * 3-month rectification); pass others to judge under another city's rules.
 */
export const decideTechProject =
  (config: DomainConfig, rules: TechProjectRules = defaultTechProjectRules) =>
  (command: TechProjectCommand, state: TechProjectState): Either<TechProjectRejection, readonly TechProjectEvent[]> => {
    switch (command.type) {
      case 'PlanProject':
        return planProject(config, command, state);
      case 'SubmitProposal':
        return submitProposal(config, command, state);
      case 'ApproveProject':
        return approveProject(command, state);
      case 'RejectProposal':
        return rejectProposal(command, state);
      case 'DisburseFunds':
        return disburseFunds(command, state);
      case 'RecordMidtermCheck':
        return recordMidtermCheck(rules, command, state);
      case 'RequestAcceptance':
        return requestAcceptance(command, state);
      case 'RecordAcceptance':
        return recordAcceptance(rules, command, state);
      case 'TerminateProject':
        return terminateProject(command, state);
      case 'RecordFundsRecovered':
        return recordFundsRecovered(command, state);
    }
  };
