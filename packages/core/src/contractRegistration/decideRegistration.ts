import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Fen } from '../shared/money';
import { alreadyRegistered, notBeforeLastEvent, techWithinGross, typeRuleOn } from './checks';
import type { AmendRegistration, RegisterContract, RevokeRegistration } from './commands';
import type { ContractRegistrationEvent } from './events';
import type { ContractRegistrationRejection } from './rejections';
import type { ContractRegistrationRules } from './rules';
import type { ContractRegistrationState, RegistrationRecord } from './state';
import type { ContractTerms } from './terms';

type Decision = Either<ContractRegistrationRejection, readonly ContractRegistrationEvent[]>;

/**
 * 登记: within the deadline counted from acceptance, judged by the contract-type rules in force
 * on the registration date (a transfer/patent-licensing filed in December 2020 cannot be
 * registered as such in 2021: it is corrected to licensing first).
 */
export const registerContract = (
  rules: ContractRegistrationRules,
  { data }: RegisterContract,
  state: ContractRegistrationState,
): Decision => {
  const { contractNo, registrationNo, registeredOn, verifiedTechAmount } = data;
  const registered = alreadyRegistered(state, contractNo);
  if (registered) return left(registered);
  const { terms, acceptedOn, deadline } = state;
  if (state.status !== 'accepted' || terms === undefined || acceptedOn === undefined || deadline === undefined)
    return left({ _tag: 'ApplicationNotAccepted', contractNo, status: state.status });
  const refused =
    notBeforeLastEvent(state, contractNo, registeredOn, 'data.registeredOn') ??
    (registeredOn > deadline
      ? { _tag: 'RegistrationDeadlinePassed' as const, contractNo, acceptedOn, deadline, registeredOn }
      : undefined) ??
    (verifiedTechAmount === undefined
      ? undefined
      : techWithinGross(contractNo, verifiedTechAmount, terms.grossAmount, 'data.verifiedTechAmount'));
  if (refused) return left(refused);
  const ruleSet = typeRuleOn(rules, contractNo, terms.contractType, terms.subtype, registeredOn);
  if (isLeft(ruleSet)) return ruleSet;
  const { buyer, subtype } = terms;
  return right([
    {
      type: 'ContractRegistered',
      data: {
        contractNo,
        sellerRegionId: terms.seller.regionId,
        registrationNo,
        registeredOn,
        contractType: terms.contractType,
        grossAmount: terms.grossAmount,
        techAmount: verifiedTechAmount ?? terms.techAmount,
        declaredTechAmount: terms.techAmount,
        ruleSet: ruleSet.right.id,
        ...(subtype === undefined ? {} : { subtype }),
        ...(buyer.regionId === undefined ? {} : { buyerRegionId: buyer.regionId }),
        ...(buyer.outsideRegion === undefined ? {} : { buyerOutsideRegion: buyer.outsideRegion }),
      },
    },
  ]);
};

/** The registration in force, with the filed terms, or why there is none. */
const inForce = (
  state: ContractRegistrationState,
  contractNo: string,
  command: string,
): Either<ContractRegistrationRejection, { registration: RegistrationRecord; terms: ContractTerms }> => {
  const { registration, terms } = state;
  if (state.status !== 'registered' || registration === undefined || terms === undefined)
    return left({ _tag: 'ContractNotRegistered', contractNo, command, status: state.status });
  return right({ registration, terms });
};

/** 补正: the new amounts count from the amendment's own date; earlier periods keep the old ones. */
export const amendRegistration = ({ data }: AmendRegistration, state: ContractRegistrationState): Decision => {
  const { contractNo, grossAmount, techAmount, amendedOn } = data;
  const found = inForce(state, contractNo, 'AmendRegistration');
  if (isLeft(found)) return found;
  const { registration, terms } = found.right;
  const refused =
    notBeforeLastEvent(state, contractNo, amendedOn, 'data.amendedOn') ??
    (grossAmount > 0
      ? undefined
      : { _tag: 'AmountNotPositive' as const, contractNo, path: 'data.grossAmount', amount: grossAmount }) ??
    techWithinGross(contractNo, techAmount, grossAmount, 'data.techAmount') ??
    (grossAmount === registration.grossAmount && techAmount === registration.techAmount
      ? { _tag: 'AmendmentWithoutChange' as const, contractNo, grossAmount, techAmount }
      : undefined);
  if (refused) return left(refused);
  return right([
    {
      type: 'RegistrationAmended',
      data: {
        contractNo,
        sellerRegionId: terms.seller.regionId,
        registrationNo: registration.registrationNo,
        registeredOn: registration.registeredOn,
        contractType: terms.contractType,
        previousGrossAmount: registration.grossAmount,
        previousTechAmount: registration.techAmount,
        grossAmount: grossAmount as Fen,
        techAmount: techAmount as Fen,
        amendedOn,
        ...(terms.subtype === undefined ? {} : { subtype: terms.subtype }),
      },
    },
  ]);
};

/** 撤销: removes the amounts in force from the totals, as of the revocation's own date. */
export const revokeRegistration = ({ data }: RevokeRegistration, state: ContractRegistrationState): Decision => {
  const { contractNo, reason, revokedOn, note } = data;
  const found = inForce(state, contractNo, 'RevokeRegistration');
  if (isLeft(found)) return found;
  const { registration, terms } = found.right;
  const refused = notBeforeLastEvent(state, contractNo, revokedOn, 'data.revokedOn');
  if (refused) return left(refused);
  return right([
    {
      type: 'RegistrationRevoked',
      data: {
        contractNo,
        sellerRegionId: terms.seller.regionId,
        registrationNo: registration.registrationNo,
        registeredOn: registration.registeredOn,
        contractType: terms.contractType,
        grossAmount: registration.grossAmount,
        techAmount: registration.techAmount,
        reason,
        revokedOn,
        ...(terms.subtype === undefined ? {} : { subtype: terms.subtype }),
        ...(note === undefined ? {} : { note }),
      },
    },
  ]);
};
