import { BusinessDate, createEventRegistry, defineEvent, type EventOf, type EventRegistry } from '@innoledger/kernel';
import * as t from 'io-ts';
import { RegionId } from '../regions/region';
import { Fen } from '../shared/money';
import { NonEmptyString } from '../shared/strings';
import { RefusalReason, RevocationReason } from './commands';
import { ContractNo, RegistrationNo } from './contractNo';
import { ContractSubtype, ContractType, contractTermsProps } from './terms';

// Every event names the contract and the seller's region: contracts count in the region of the
// registrar, which is the seller's (按地域登记, the seller applies).
const contractKey = { contractNo: ContractNo, sellerRegionId: RegionId };

export const ContractSubmittedForRegistrationData = t.intersection([
  t.type({
    ...contractKey,
    ...contractTermsProps,
    submittedOn: BusinessDate,
    /** The rule set the filing was judged by, e.g. `tech-contract-rules-2001`. */
    ruleSet: NonEmptyString,
  }),
  t.partial({ subtype: ContractSubtype }),
]);
export const RegistrationApplicationAcceptedData = t.type({
  ...contractKey,
  acceptedOn: BusinessDate,
  /** The last day on which the contract may be registered. */
  deadline: BusinessDate,
});
export const CorrectionRequestedData = t.type({ ...contractKey, reason: NonEmptyString, requestedOn: BusinessDate });
export const ContractResubmittedData = t.intersection([
  t.type({ ...contractKey, ...contractTermsProps, resubmittedOn: BusinessDate, ruleSet: NonEmptyString }),
  t.partial({ subtype: ContractSubtype }),
]);
export const ContractRegisteredData = t.intersection([
  t.type({
    ...contractKey,
    registrationNo: RegistrationNo,
    registeredOn: BusinessDate,
    contractType: ContractType,
    grossAmount: Fen,
    /** The technology amount as registered (核定): the verified one, else the declared one. */
    techAmount: Fen,
    /** The technology amount the parties declared. */
    declaredTechAmount: Fen,
    ruleSet: NonEmptyString,
  }),
  t.partial({ subtype: ContractSubtype, buyerRegionId: RegionId, buyerOutsideRegion: NonEmptyString }),
]);
export const RegistrationRefusedData = t.intersection([
  t.type({
    ...contractKey,
    contractType: ContractType,
    grossAmount: Fen,
    techAmount: Fen,
    reason: RefusalReason,
    refusedOn: BusinessDate,
  }),
  t.partial({ subtype: ContractSubtype, note: NonEmptyString }),
]);
export const RegistrationAmendedData = t.intersection([
  t.type({
    ...contractKey,
    registrationNo: RegistrationNo,
    registeredOn: BusinessDate,
    contractType: ContractType,
    previousGrossAmount: Fen,
    previousTechAmount: Fen,
    grossAmount: Fen,
    techAmount: Fen,
    amendedOn: BusinessDate,
  }),
  t.partial({ subtype: ContractSubtype }),
]);
export const RegistrationRevokedData = t.intersection([
  t.type({
    ...contractKey,
    registrationNo: RegistrationNo,
    registeredOn: BusinessDate,
    contractType: ContractType,
    /** The amounts the revocation removes from the totals (those in force before it). */
    grossAmount: Fen,
    techAmount: Fen,
    reason: RevocationReason,
    revokedOn: BusinessDate,
  }),
  t.partial({ subtype: ContractSubtype, note: NonEmptyString }),
]);

export const ContractSubmittedForRegistration = defineEvent(
  'ContractSubmittedForRegistration',
  ContractSubmittedForRegistrationData,
);
export const RegistrationApplicationAccepted = defineEvent(
  'RegistrationApplicationAccepted',
  RegistrationApplicationAcceptedData,
);
export const CorrectionRequested = defineEvent('CorrectionRequested', CorrectionRequestedData);
export const ContractResubmitted = defineEvent('ContractResubmitted', ContractResubmittedData);
export const ContractRegistered = defineEvent('ContractRegistered', ContractRegisteredData);
export const RegistrationRefused = defineEvent('RegistrationRefused', RegistrationRefusedData);
export const RegistrationAmended = defineEvent('RegistrationAmended', RegistrationAmendedData);
export const RegistrationRevoked = defineEvent('RegistrationRevoked', RegistrationRevokedData);

/** The ContractRegistration event definitions (`AggregateModule.events`), each typed with its own data. */
export const contractRegistrationEventDefinitions = [
  ContractSubmittedForRegistration,
  RegistrationApplicationAccepted,
  CorrectionRequested,
  ContractResubmitted,
  ContractRegistered,
  RegistrationRefused,
  RegistrationAmended,
  RegistrationRevoked,
] as const;

/** Every ContractRegistration event, discriminated by `type`. */
export type ContractRegistrationEvent = EventOf<(typeof contractRegistrationEventDefinitions)[number]>;

export const contractRegistrationEventRegistry: EventRegistry<ContractRegistrationEvent> = createEventRegistry(
  contractRegistrationEventDefinitions,
);
