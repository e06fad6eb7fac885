import type { BusinessDate } from '@innoledger/kernel';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { ruleOn } from '../shared/datedRule';
import type { DomainConfig } from '../shared/domainConfig';
import { checkRegion } from '../shared/rejections';
import type { ContractRegistrationRejection, DateBeforeLastEvent, TechAmountExceedsGross } from './rejections';
import type { ContractRegistrationRules, ContractTypeRuleSet } from './rules';
import type { ContractRegistrationState } from './state';
import type { ContractSubtype, ContractTerms, ContractType } from './terms';

/** Refuses a date before the stream's latest event. */
export const notBeforeLastEvent = (
  state: ContractRegistrationState,
  contractNo: string,
  date: BusinessDate,
  path: string,
): DateBeforeLastEvent | undefined =>
  state.lastEventOn !== undefined && date < state.lastEventOn
    ? { _tag: 'DateBeforeLastEvent', contractNo, path, date, lastEventOn: state.lastEventOn }
    : undefined;

/** Once registered (even if later revoked) a contract never goes through the application again. */
export const alreadyRegistered = (
  state: ContractRegistrationState,
  contractNo: string,
): ContractRegistrationRejection | undefined =>
  state.registration === undefined
    ? undefined
    : {
        _tag: 'AlreadyRegistered',
        contractNo,
        registrationNo: state.registration.registrationNo,
        registeredOn: state.registration.registeredOn,
        status: state.status,
      };

export const techWithinGross = (
  contractNo: string,
  techAmount: number,
  grossAmount: number,
  path: string,
): TechAmountExceedsGross | undefined =>
  techAmount > grossAmount ? { _tag: 'TechAmountExceedsGross', contractNo, path, techAmount, grossAmount } : undefined;

/** The rule set in force on `date`, if the type and subtype may be filed under it. */
export const typeRuleOn = (
  rules: ContractRegistrationRules,
  contractNo: string,
  contractType: ContractType,
  subtype: ContractSubtype | undefined,
  date: BusinessDate,
): Either<ContractRegistrationRejection, ContractTypeRuleSet> => {
  const rule = ruleOn(rules.contractTypes, date);
  if (rule === undefined) return left({ _tag: 'NoContractRulesInForce', contractNo, date });
  const ruleSet = rule.value;
  const subtypes = ruleSet.types[contractType];
  if (subtypes === undefined) {
    const allowedTypes = Object.keys(ruleSet.types);
    return left({ _tag: 'ContractTypeNotInForce', contractNo, contractType, date, ruleSet: ruleSet.id, allowedTypes });
  }
  if (subtype !== undefined && !subtypes.includes(subtype)) {
    return left({
      _tag: 'SubtypeNotAllowed',
      contractNo,
      contractType,
      subtype,
      date,
      ruleSet: ruleSet.id,
      allowedSubtypes: subtypes,
    });
  }
  return right(ruleSet);
};

/**
 * Everything a filing must satisfy on the day it is judged (`judgedOn`): known regions, a placed
 * buyer, signed before filing, a positive gross amount, tech ≤ gross, and a type in force.
 */
export const checkTerms = (
  config: DomainConfig,
  rules: ContractRegistrationRules,
  contractNo: string,
  terms: ContractTerms,
  judgedOn: BusinessDate,
): Either<ContractRegistrationRejection, ContractTypeRuleSet> => {
  const { seller, buyer } = terms;
  const given = [
    ...(buyer.regionId === undefined ? [] : ['data.buyer.regionId']),
    ...(buyer.outsideRegion === undefined ? [] : ['data.buyer.outsideRegion']),
  ];
  const refused =
    checkRegion(config, seller.regionId, 'data.seller.regionId') ??
    (buyer.regionId === undefined ? undefined : checkRegion(config, buyer.regionId, 'data.buyer.regionId')) ??
    (given.length === 1 ? undefined : { _tag: 'BuyerLocationUnclear', contractNo, given }) ??
    (terms.signedOn > judgedOn
      ? { _tag: 'SubmittedBeforeSigned', contractNo, signedOn: terms.signedOn, submittedOn: judgedOn }
      : undefined) ??
    (terms.grossAmount > 0
      ? undefined
      : { _tag: 'AmountNotPositive', contractNo, path: 'data.grossAmount', amount: terms.grossAmount }) ??
    techWithinGross(contractNo, terms.techAmount, terms.grossAmount, 'data.techAmount');
  if (refused) return left(refused);
  return typeRuleOn(rules, contractNo, terms.contractType, terms.subtype, judgedOn);
};
