import type { UnknownRegion } from '../shared/rejections';
import type { ContractStatus } from './state';

/** One registration per contract: this contract was already filed (and is not registered). */
export interface ContractAlreadySubmitted {
  readonly _tag: 'ContractAlreadySubmitted';
  readonly contractNo: string;
  readonly status: ContractStatus;
}

/** The contract is (or was) registered: the application steps are over. */
export interface AlreadyRegistered {
  readonly _tag: 'AlreadyRegistered';
  readonly contractNo: string;
  readonly registrationNo: string;
  readonly registeredOn: string;
  readonly status: ContractStatus;
}

/** Only written contracts are registered. */
export interface OralContractRefused {
  readonly _tag: 'OralContractRefused';
  readonly contractNo: string;
}

/** The technology amount is above the contract's gross amount. */
export interface TechAmountExceedsGross {
  readonly _tag: 'TechAmountExceedsGross';
  readonly contractNo: string;
  /** Field path of the offending technology amount, e.g. `data.verifiedTechAmount`. */
  readonly path: string;
  readonly techAmount: number;
  readonly grossAmount: number;
}

/** A contract with a gross amount of zero has nothing to register. */
export interface AmountNotPositive {
  readonly _tag: 'AmountNotPositive';
  readonly contractNo: string;
  readonly path: string;
  readonly amount: number;
}

/** A contract is filed after it is signed (合同成立后). */
export interface SubmittedBeforeSigned {
  readonly _tag: 'SubmittedBeforeSigned';
  readonly contractNo: string;
  readonly signedOn: string;
  readonly submittedOn: string;
}

/** No contract-type rules are known on that date. */
export interface NoContractRulesInForce {
  readonly _tag: 'NoContractRulesInForce';
  readonly contractNo: string;
  readonly date: string;
}

/** The type is not one the rules in force on `date` know (e.g. `licensing` before 2021). */
export interface ContractTypeNotInForce {
  readonly _tag: 'ContractTypeNotInForce';
  readonly contractNo: string;
  readonly contractType: string;
  readonly date: string;
  readonly ruleSet: string;
  readonly allowedTypes: readonly string[];
}

/** The subtype does not belong to the type under the rules in force on `date`. */
export interface SubtypeNotAllowed {
  readonly _tag: 'SubtypeNotAllowed';
  readonly contractNo: string;
  readonly contractType: string;
  readonly subtype: string;
  readonly date: string;
  readonly ruleSet: string;
  readonly allowedSubtypes: readonly string[];
}

/** The buyer must be placed either in the hierarchy (`regionId`) or outside it, not both or neither. */
export interface BuyerLocationUnclear {
  readonly _tag: 'BuyerLocationUnclear';
  readonly contractNo: string;
  /** Which of `data.buyer.regionId` / `data.buyer.outsideRegion` were given. */
  readonly given: readonly string[];
}

/** Accepting, correcting or refusing needs an application under review. */
export interface ApplicationNotPending {
  readonly _tag: 'ApplicationNotPending';
  readonly contractNo: string;
  readonly command: string;
  readonly status: ContractStatus;
}

/** Registering needs an accepted (受理) application. */
export interface ApplicationNotAccepted {
  readonly _tag: 'ApplicationNotAccepted';
  readonly contractNo: string;
  readonly status: ContractStatus;
}

/** The registration comes after the deadline counted from acceptance. */
export interface RegistrationDeadlinePassed {
  readonly _tag: 'RegistrationDeadlinePassed';
  readonly contractNo: string;
  readonly acceptedOn: string;
  readonly deadline: string;
  readonly registeredOn: string;
}

/** ResubmitContract without a correction request. */
export interface CorrectionNotRequested {
  readonly _tag: 'CorrectionNotRequested';
  readonly contractNo: string;
  readonly status: ContractStatus;
}

/** Amending or revoking needs a registration in force. */
export interface ContractNotRegistered {
  readonly _tag: 'ContractNotRegistered';
  readonly contractNo: string;
  readonly command: string;
  readonly status: ContractStatus;
}

/** An amendment that changes neither amount. */
export interface AmendmentWithoutChange {
  readonly _tag: 'AmendmentWithoutChange';
  readonly contractNo: string;
  readonly grossAmount: number;
  readonly techAmount: number;
}

/** A command dated before the latest event of the contract: a stream's history runs forward. */
export interface DateBeforeLastEvent {
  readonly _tag: 'DateBeforeLastEvent';
  readonly contractNo: string;
  readonly path: string;
  readonly date: string;
  readonly lastEventOn: string;
}

/** Every reason a ContractRegistration command is refused. */
export type ContractRegistrationRejection =
  | UnknownRegion
  | ContractAlreadySubmitted
  | AlreadyRegistered
  | OralContractRefused
  | TechAmountExceedsGross
  | AmountNotPositive
  | SubmittedBeforeSigned
  | NoContractRulesInForce
  | ContractTypeNotInForce
  | SubtypeNotAllowed
  | BuyerLocationUnclear
  | ApplicationNotPending
  | ApplicationNotAccepted
  | RegistrationDeadlinePassed
  | CorrectionNotRequested
  | ContractNotRegistered
  | AmendmentWithoutChange
  | DateBeforeLastEvent;
