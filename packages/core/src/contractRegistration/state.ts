import type { BusinessDate } from '@innoledger/kernel';
import type { Fen } from '../shared/money';
import type { RegistrationNo } from './contractNo';
import type { ContractRegistrationEvent } from './events';
import type { ContractTerms } from './terms';

/** Where an application stands. `refused` and `revoked` are final; amendments keep `registered`. */
export type ContractStatus =
  | 'none'
  | 'submitted'
  | 'accepted'
  | 'correction-requested'
  | 'refused'
  | 'registered'
  | 'revoked';

/** The registration in force: its number, date and current amounts (after amendments). */
export interface RegistrationRecord {
  readonly registrationNo: RegistrationNo;
  readonly registeredOn: BusinessDate;
  readonly grossAmount: Fen;
  readonly techAmount: Fen;
}

export interface ContractRegistrationState {
  readonly status: ContractStatus;
  readonly terms?: ContractTerms;
  readonly acceptedOn?: BusinessDate;
  readonly deadline?: BusinessDate;
  readonly registration?: RegistrationRecord;
  /** The latest business date in the stream: later commands may not go back before it. */
  readonly lastEventOn?: BusinessDate;
}

export const initialContractRegistrationState: ContractRegistrationState = { status: 'none' };

const termsOf = (data: ContractTerms): ContractTerms => {
  const { title, contractType, subtype, grossAmount, techAmount, seller, buyer, signedOn } = data;
  const terms = { title, contractType, grossAmount, techAmount, seller, buyer, signedOn };
  return subtype === undefined ? terms : { ...terms, subtype };
};

/** Folds one event into the registration's state. */
export const evolveContractRegistration = (
  state: ContractRegistrationState,
  event: ContractRegistrationEvent,
): ContractRegistrationState => {
  switch (event.type) {
    case 'ContractSubmittedForRegistration':
      return { status: 'submitted', terms: termsOf(event.data), lastEventOn: event.data.submittedOn };
    case 'RegistrationApplicationAccepted':
      return {
        ...state,
        status: 'accepted',
        acceptedOn: event.data.acceptedOn,
        deadline: event.data.deadline,
        lastEventOn: event.data.acceptedOn,
      };
    case 'CorrectionRequested':
      return { ...state, status: 'correction-requested', lastEventOn: event.data.requestedOn };
    case 'ContractResubmitted': {
      // A corrected application is a fresh one: it must be accepted again, restarting the clock.
      const { acceptedOn: _acceptedOn, deadline: _deadline, ...rest } = state;
      return { ...rest, status: 'submitted', terms: termsOf(event.data), lastEventOn: event.data.resubmittedOn };
    }
    case 'ContractRegistered': {
      const { registrationNo, registeredOn, grossAmount, techAmount } = event.data;
      return {
        ...state,
        status: 'registered',
        registration: { registrationNo, registeredOn, grossAmount, techAmount },
        lastEventOn: registeredOn,
      };
    }
    case 'RegistrationRefused':
      return { ...state, status: 'refused', lastEventOn: event.data.refusedOn };
    case 'RegistrationAmended': {
      const { registrationNo, registeredOn, grossAmount, techAmount, amendedOn } = event.data;
      return {
        ...state,
        registration: { registrationNo, registeredOn, grossAmount, techAmount },
        lastEventOn: amendedOn,
      };
    }
    case 'RegistrationRevoked':
      return { ...state, status: 'revoked', lastEventOn: event.data.revokedOn };
  }
};
