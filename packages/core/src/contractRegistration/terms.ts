import { BusinessDate } from '@innoledger/kernel';
import * as t from 'io-ts';
import { RegionId } from '../regions/region';
import { Fen } from '../shared/money';
import { NonEmptyString } from '../shared/strings';
import { Uscc } from '../shared/uscc';

/**
 * Every type any rule set has known. Which ones may be filed on a date is decided by the rules
 * (rules.ts), not by the codec, so a 2020 contract stays readable after 2021.
 */
export const ContractType = t.keyof({
  development: null, // 技术开发
  transfer: null, // 技术转让
  licensing: null, // 技术许可 (its own type from 2021-01-01)
  consulting: null, // 技术咨询
  service: null, // 技术服务
});
export type ContractType = t.TypeOf<typeof ContractType>;

export const ContractSubtype = t.keyof({
  'commissioned-development': null, // 委托开发
  'cooperative-development': null, // 合作开发
  'patent-right': null, // 专利权转让
  'patent-application-right': null, // 专利申请权转让
  'patent-licensing': null, // 专利实施许可
  'technical-secret': null, // 技术秘密转让
  'technical-secret-licensing': null, // 技术秘密使用许可 (民法典)
  'technical-service': null, // 技术服务
  'technical-training': null, // 技术培训
  'technical-intermediary': null, // 技术中介
});
export type ContractSubtype = t.TypeOf<typeof ContractSubtype>;

/** The seller side (卖方: 研究开发人, 让与人, 受托人…), who applies in its own region. */
export const Seller = t.intersection([t.type({ name: NonEmptyString, regionId: RegionId }), t.partial({ uscc: Uscc })]);
export type Seller = t.TypeOf<typeof Seller>;

/**
 * The buyer (买方): `regionId` when it lies in the configured hierarchy, else `outsideRegion`,
 * a free description such as `湖北省武汉市` or a GB/T 2260 code; exactly one of the two.
 */
export const Buyer = t.intersection([
  t.type({ name: NonEmptyString }),
  t.partial({ regionId: RegionId, outsideRegion: NonEmptyString }),
]);
export type Buyer = t.TypeOf<typeof Buyer>;

/** What the contract says, as filed (and as corrected on resubmission). */
export const contractTermsProps = {
  title: NonEmptyString,
  contractType: ContractType,
  /** 合同成交额: the whole contract amount. */
  grossAmount: Fen,
  /** 技术交易额: the technology part of the gross amount, never above it. */
  techAmount: Fen,
  seller: Seller,
  buyer: Buyer,
  signedOn: BusinessDate,
};

export const ContractTerms = t.intersection([t.type(contractTermsProps), t.partial({ subtype: ContractSubtype })]);
export type ContractTerms = t.TypeOf<typeof ContractTerms>;
