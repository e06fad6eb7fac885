import type { DomainConfig } from '../shared/domainConfig';
import type { EnterpriseCommand } from './commands';
import {
  recordMissedAnnualReport,
  reportNameChange,
  revokeHighTechCertification,
  submitAnnualReport,
} from './decideCertificate';
import { certifyHighTechEnterprise, rejectHighTechApplication } from './decideCertification';
import {
  raiseObjection,
  recordExpertReview,
  resolveObjection,
  startPublicNotice,
  submitHighTechApplication,
} from './decideHighTech';
import {
  endTechVicePresidentPlacement,
  establishRdInstitution,
  placeTechVicePresident,
  recordAboveScaleStatus,
  recordProductionStatus,
  recordTechSmeEvaluation,
  registerEnterprise,
} from './decideProfile';
import { type Context, type Decision, reject } from './decision';
import type { EnterpriseState } from './state';

/**
 * The Enterprise decider: a command and the enterprise's state in, events or a typed rejection out.
 * Business dates come in the command; the calendar and regions come from `config`.
 */
export const decideEnterprise =
  (config: DomainConfig) =>
  (command: EnterpriseCommand, state: EnterpriseState): Decision => {
    if (command.type === 'RegisterEnterprise') return registerEnterprise(config, command.data, state);
    const profile = state.profile;
    if (profile === undefined) return reject({ _tag: 'EnterpriseNotRegistered', uscc: command.data.uscc });
    const ctx: Context = { config, state, profile };
    switch (command.type) {
      case 'RecordAboveScaleStatus':
        return recordAboveScaleStatus(ctx, command.data);
      case 'RecordTechSmeEvaluation':
        return recordTechSmeEvaluation(ctx, command.data);
      case 'SubmitHighTechApplication':
        return submitHighTechApplication(ctx, command.data);
      case 'RecordExpertReview':
        return recordExpertReview(ctx, command.data);
      case 'StartPublicNotice':
        return startPublicNotice(ctx, command.data);
      case 'RaiseObjection':
        return raiseObjection(ctx, command.data);
      case 'ResolveObjection':
        return resolveObjection(ctx, command.data);
      case 'CertifyHighTechEnterprise':
        return certifyHighTechEnterprise(ctx, command.data);
      case 'RejectHighTechApplication':
        return rejectHighTechApplication(ctx, command.data);
      case 'SubmitAnnualReport':
        return submitAnnualReport(ctx, command.data);
      case 'RecordMissedAnnualReport':
        return recordMissedAnnualReport(ctx, command.data);
      case 'ReportNameChange':
        return reportNameChange(ctx, command.data);
      case 'RevokeHighTechCertification':
        return revokeHighTechCertification(ctx, command.data);
      case 'EstablishRdInstitution':
        return establishRdInstitution(ctx, command.data);
      case 'PlaceTechVicePresident':
        return placeTechVicePresident(ctx, command.data);
      case 'EndTechVicePresidentPlacement':
        return endTechVicePresidentPlacement(ctx, command.data);
      case 'RecordProductionStatus':
        return recordProductionStatus(ctx, command.data);
    }
  };
