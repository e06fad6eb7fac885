import { BusinessDate } from '@innoledger/kernel';
import * as t from 'io-ts';
import { command, commandTypesOf } from '../shared/command';
import { Fen } from '../shared/money';
import { NonEmptyString } from '../shared/strings';
import { ContractNo, RegistrationNo } from './contractNo';
import { Buyer, ContractSubtype, ContractType, contractTermsProps, Seller } from './terms';

/** 申请认定登记: the seller files the contract with its region's registrar. */
export const SubmitContractForRegistration = command(
  'SubmitContractForRegistration',
  t.intersection([
    t.type({
      contractNo: ContractNo,
      ...contractTermsProps,
      submittedOn: BusinessDate,
      /** Only written contracts are registered (口头合同不予受理). */
      written: t.boolean,
    }),
    t.partial({ subtype: ContractSubtype }),
  ]),
);
export type SubmitContractForRegistration = t.TypeOf<typeof SubmitContractForRegistration>;

/** 受理: the registrar accepts the application; the 30-day clock starts. */
export const AcceptRegistrationApplication = command(
  'AcceptRegistrationApplication',
  t.type({ contractNo: ContractNo, acceptedOn: BusinessDate }),
);
export type AcceptRegistrationApplication = t.TypeOf<typeof AcceptRegistrationApplication>;

/** 登记: the registrar registers the contract, fixing (核定) the technology amount if it differs. */
export const RegisterContract = command(
  'RegisterContract',
  t.intersection([
    t.type({ contractNo: ContractNo, registrationNo: RegistrationNo, registeredOn: BusinessDate }),
    t.partial({ verifiedTechAmount: Fen }),
  ]),
);
export type RegisterContract = t.TypeOf<typeof RegisterContract>;

/** 要求补正: the registrar asks the parties to correct the application. */
export const RequestCorrection = command(
  'RequestCorrection',
  t.type({ contractNo: ContractNo, reason: NonEmptyString, requestedOn: BusinessDate }),
);
export type RequestCorrection = t.TypeOf<typeof RequestCorrection>;

/**
 * 重新提交: the corrected application. Fields given replace the filed ones; when `contractType`
 * is given, `subtype` is taken from this command too (absent = none).
 */
export const ResubmitContract = command(
  'ResubmitContract',
  t.intersection([
    t.type({ contractNo: ContractNo, resubmittedOn: BusinessDate }),
    t.partial({
      title: NonEmptyString,
      contractType: ContractType,
      subtype: ContractSubtype,
      grossAmount: Fen,
      techAmount: Fen,
      seller: Seller,
      buyer: Buyer,
      signedOn: BusinessDate,
    }),
  ]),
);
export type ResubmitContract = t.TypeOf<typeof ResubmitContract>;

/** The nine 不予登记 cases of the 火炬中心's guidance, in its order. */
export const RefusalReason = t.keyof({
  'invalid-contract': null, // 合同无效或尚未生效
  'not-a-technology-contract': null, // 不属于技术合同
  'terms-unclear': null, // 当事人、标的、价款等约定不明确
  'approval-missing': null, // 依法应经批准而未批准
  'title-content-mismatch': null, // 名称与权利义务不符且拒不更正
  'illegal-monopoly-clauses': null, // 非法垄断技术、妨碍技术进步的条款
  'certificates-missing': null, // 应附证书缺失或有瑕疵
  'seals-incomplete': null, // 签章不全或与名称不符
  other: null, // 其他
});
export type RefusalReason = t.TypeOf<typeof RefusalReason>;

/** 不予登记: refuse the application (the text is stamped 未予登记 and returned). */
export const RefuseRegistration = command(
  'RefuseRegistration',
  t.intersection([
    t.type({ contractNo: ContractNo, reason: RefusalReason, refusedOn: BusinessDate }),
    t.partial({ note: NonEmptyString }),
  ]),
);
export type RefuseRegistration = t.TypeOf<typeof RefuseRegistration>;

/** 补正: correct the amounts of a registered contract (they changed in performance). */
export const AmendRegistration = command(
  'AmendRegistration',
  t.type({ contractNo: ContractNo, grossAmount: Fen, techAmount: Fen, amendedOn: BusinessDate }),
);
export type AmendRegistration = t.TypeOf<typeof AmendRegistration>;

export const RevocationReason = t.keyof({ fraud: null, 'contract-invalidated': null, duplicate: null, other: null });
export type RevocationReason = t.TypeOf<typeof RevocationReason>;

/** 撤销登记: revoke a registration (fraud, contract invalidated, duplicate…). */
export const RevokeRegistration = command(
  'RevokeRegistration',
  t.intersection([
    t.type({ contractNo: ContractNo, reason: RevocationReason, revokedOn: BusinessDate }),
    t.partial({ note: NonEmptyString }),
  ]),
);
export type RevokeRegistration = t.TypeOf<typeof RevokeRegistration>;

/** Every ContractRegistration command, discriminated by `type`. */
export const ContractRegistrationCommand = t.union([
  SubmitContractForRegistration,
  AcceptRegistrationApplication,
  RegisterContract,
  RequestCorrection,
  ResubmitContract,
  RefuseRegistration,
  AmendRegistration,
  RevokeRegistration,
]);
export type ContractRegistrationCommand = t.TypeOf<typeof ContractRegistrationCommand>;

/** Every ContractRegistration command type, in the union's order. */
export const contractRegistrationCommandTypes = commandTypesOf(ContractRegistrationCommand);
