import type { BusinessDate } from '@innoledger/kernel';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { ruleOn } from '../shared/datedRule';
import { addDays } from '../shared/dates';
import type { DomainConfig } from '../shared/domainConfig';
import { alreadyRegistered, checkTerms, notBeforeLastEvent } from './checks';
import type {
  AcceptRegistrationApplication,
  RefuseRegistration,
  RequestCorrection,
  ResubmitContract,
  SubmitContractForRegistration,
} from './commands';
import type { ContractRegistrationEvent } from './events';
import type { ContractRegistrationRejection } from './rejections';
import type { ContractRegistrationRules } from './rules';
import type { ContractRegistrationState, ContractStatus } from './state';
import type { ContractTerms } from './terms';

type Decision = Either<ContractRegistrationRejection, readonly ContractRegistrationEvent[]>;

const termsFrom = (data: ContractTerms): ContractTerms => {
  const { title, contractType, subtype, grossAmount, techAmount, seller, buyer, signedOn } = data;
  const terms = { title, contractType, grossAmount, techAmount, seller, buyer, signedOn };
  return subtype === undefined ? terms : { ...terms, subtype };
};

export const submitContract = (
  config: DomainConfig,
  rules: ContractRegistrationRules,
  { data }: SubmitContractForRegistration,
  state: ContractRegistrationState,
): Decision => {
  const { contractNo, submittedOn } = data;
  const registered = alreadyRegistered(state, contractNo);
  if (registered) return left(registered);
  if (state.status !== 'none') return left({ _tag: 'ContractAlreadySubmitted', contractNo, status: state.status });
  if (!data.written) return left({ _tag: 'OralContractRefused', contractNo });
  const terms = termsFrom(data);
  const ruleSet = checkTerms(config, rules, contractNo, terms, submittedOn);
  if (isLeft(ruleSet)) return ruleSet;
  return right([
    {
      type: 'ContractSubmittedForRegistration',
      data: { contractNo, sellerRegionId: terms.seller.regionId, ...terms, submittedOn, ruleSet: ruleSet.right.id },
    },
  ]);
};

/** The filed terms when the application is in one of the `allowed` states. */
const pendingTerms = (
  state: ContractRegistrationState,
  contractNo: string,
  command: string,
  allowed: readonly ContractStatus[],
): Either<ContractRegistrationRejection, ContractTerms> => {
  const registered = alreadyRegistered(state, contractNo);
  if (registered) return left(registered);
  if (!allowed.includes(state.status) || state.terms === undefined)
    return left({ _tag: 'ApplicationNotPending', contractNo, command, status: state.status });
  return right(state.terms);
};

export const acceptApplication = (
  rules: ContractRegistrationRules,
  { data }: AcceptRegistrationApplication,
  state: ContractRegistrationState,
): Decision => {
  const { contractNo, acceptedOn } = data;
  const terms = pendingTerms(state, contractNo, 'AcceptRegistrationApplication', ['submitted']);
  if (isLeft(terms)) return terms;
  const refused = notBeforeLastEvent(state, contractNo, acceptedOn, 'data.acceptedOn');
  if (refused) return left(refused);
  const days = ruleOn(rules.registrationDeadline, acceptedOn)?.value.days ?? 30;
  const deadline = addDays(acceptedOn, days) as BusinessDate;
  return right([
    {
      type: 'RegistrationApplicationAccepted',
      data: { contractNo, sellerRegionId: terms.right.seller.regionId, acceptedOn, deadline },
    },
  ]);
};

export const requestCorrection = ({ data }: RequestCorrection, state: ContractRegistrationState): Decision => {
  const { contractNo, reason, requestedOn } = data;
  const terms = pendingTerms(state, contractNo, 'RequestCorrection', ['submitted', 'accepted']);
  if (isLeft(terms)) return terms;
  const refused = notBeforeLastEvent(state, contractNo, requestedOn, 'data.requestedOn');
  if (refused) return left(refused);
  return right([
    {
      type: 'CorrectionRequested',
      data: { contractNo, sellerRegionId: terms.right.seller.regionId, reason, requestedOn },
    },
  ]);
};

/** The filed terms with the corrections applied (see ResubmitContract for `subtype`). */
const corrected = (filed: ContractTerms, data: ResubmitContract['data']): ContractTerms => {
  const { contractNo: _no, resubmittedOn: _on, subtype, ...given } = data;
  const { subtype: filedSubtype, ...rest } = filed;
  const merged = { ...rest, ...given };
  const nextSubtype = data.contractType === undefined ? (subtype ?? filedSubtype) : subtype;
  return nextSubtype === undefined ? merged : { ...merged, subtype: nextSubtype };
};

export const resubmitContract = (
  config: DomainConfig,
  rules: ContractRegistrationRules,
  { data }: ResubmitContract,
  state: ContractRegistrationState,
): Decision => {
  const { contractNo, resubmittedOn } = data;
  const registered = alreadyRegistered(state, contractNo);
  if (registered) return left(registered);
  if (state.status !== 'correction-requested' || state.terms === undefined)
    return left({ _tag: 'CorrectionNotRequested', contractNo, status: state.status });
  const dated = notBeforeLastEvent(state, contractNo, resubmittedOn, 'data.resubmittedOn');
  if (dated) return left(dated);
  const terms = corrected(state.terms, data);
  const ruleSet = checkTerms(config, rules, contractNo, terms, resubmittedOn);
  if (isLeft(ruleSet)) return ruleSet;
  return right([
    {
      type: 'ContractResubmitted',
      data: { contractNo, sellerRegionId: terms.seller.regionId, ...terms, resubmittedOn, ruleSet: ruleSet.right.id },
    },
  ]);
};

export const refuseRegistration = ({ data }: RefuseRegistration, state: ContractRegistrationState): Decision => {
  const { contractNo, reason, refusedOn, note } = data;
  const terms = pendingTerms(state, contractNo, 'RefuseRegistration', [
    'submitted',
    'accepted',
    'correction-requested',
  ]);
  if (isLeft(terms)) return terms;
  const refused = notBeforeLastEvent(state, contractNo, refusedOn, 'data.refusedOn');
  if (refused) return left(refused);
  const { contractType, subtype, grossAmount, techAmount, seller } = terms.right;
  return right([
    {
      type: 'RegistrationRefused',
      data: {
        contractNo,
        sellerRegionId: seller.regionId,
        contractType,
        grossAmount,
        techAmount,
        reason,
        refusedOn,
        ...(subtype === undefined ? {} : { subtype }),
        ...(note === undefined ? {} : { note }),
      },
    },
  ]);
};
