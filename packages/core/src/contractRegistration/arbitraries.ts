// fast-check generators for every ContractRegistration command and event (used by the property specs).
import fc from 'fast-check';
import { businessDate, fen, regionId, tagged, textLike, uscc } from '../shared/testing/arbitraries';
import type { ContractRegistrationCommand } from './commands';
import type { ContractNo, RegistrationNo } from './contractNo';
import type { ContractRegistrationEvent } from './events';
import type { Buyer, ContractSubtype, ContractType, Seller } from './terms';

export const businessDateArb = businessDate('2001-01-01', '2026-12-31');
export const fenArb = fen(2_000_000_000_000);
export const textArb = textLike('智能电机控制系统委托开发合同', '湖北省武汉市', '合同名称与内容不符');
const keyArb = fc
  .string({ minLength: 1, maxLength: 40 })
  .filter((s) => s.trim() === s && [...s].every((c) => c.charCodeAt(0) >= 0x20));
export const contractNoArb = keyArb.map((s) => s as ContractNo);
export const registrationNoArb = keyArb.map((s) => s as RegistrationNo);
export const contractTypeArb: fc.Arbitrary<ContractType> = fc.constantFrom(
  'development',
  'transfer',
  'licensing',
  'consulting',
  'service',
);
export const subtypeArb: fc.Arbitrary<ContractSubtype> = fc.constantFrom(
  'commissioned-development',
  'cooperative-development',
  'patent-right',
  'patent-application-right',
  'patent-licensing',
  'technical-secret',
  'technical-secret-licensing',
  'technical-service',
  'technical-training',
  'technical-intermediary',
);
export const sellerArb: fc.Arbitrary<Seller> = fc.record(
  { name: textArb, regionId: regionId, uscc },
  { requiredKeys: ['name', 'regionId'] },
);
export const buyerArb: fc.Arbitrary<Buyer> = fc.record(
  { name: textArb, regionId: regionId, outsideRegion: textArb },
  { requiredKeys: ['name'] },
);
const termsProps = {
  title: textArb,
  contractType: contractTypeArb,
  grossAmount: fenArb,
  techAmount: fenArb,
  seller: sellerArb,
  buyer: buyerArb,
  signedOn: businessDateArb,
};

const termsKeys = Object.keys(termsProps) as (keyof typeof termsProps)[];
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(
  model: T,
  required: readonly Extract<keyof T, string>[],
) => fc.record(model, { requiredKeys: [...required] });

/** Well-formed commands of each type (the decider may still refuse them). */
export const commandArbitraries = {
  SubmitContractForRegistration: tagged(
    'SubmitContractForRegistration',
    record(
      {
        contractNo: contractNoArb,
        ...termsProps,
        submittedOn: businessDateArb,
        written: fc.boolean(),
        subtype: subtypeArb,
      },
      ['contractNo', ...termsKeys, 'submittedOn', 'written'],
    ),
  ),
  AcceptRegistrationApplication: tagged(
    'AcceptRegistrationApplication',
    fc.record({ contractNo: contractNoArb, acceptedOn: businessDateArb }),
  ),
  RegisterContract: tagged(
    'RegisterContract',
    record(
      {
        contractNo: contractNoArb,
        registrationNo: registrationNoArb,
        registeredOn: businessDateArb,
        verifiedTechAmount: fenArb,
      },
      ['contractNo', 'registrationNo', 'registeredOn'],
    ),
  ),
  RequestCorrection: tagged(
    'RequestCorrection',
    fc.record({ contractNo: contractNoArb, reason: textArb, requestedOn: businessDateArb }),
  ),
  ResubmitContract: tagged(
    'ResubmitContract',
    record({ contractNo: contractNoArb, resubmittedOn: businessDateArb, ...termsProps, subtype: subtypeArb }, [
      'contractNo',
      'resubmittedOn',
    ]),
  ),
  RefuseRegistration: tagged(
    'RefuseRegistration',
    record(
      {
        contractNo: contractNoArb,
        reason: fc.constantFrom(
          'invalid-contract',
          'not-a-technology-contract',
          'terms-unclear',
          'approval-missing',
          'title-content-mismatch',
          'illegal-monopoly-clauses',
          'certificates-missing',
          'seals-incomplete',
          'other',
        ),
        refusedOn: businessDateArb,
        note: textArb,
      },
      ['contractNo', 'reason', 'refusedOn'],
    ),
  ),
  AmendRegistration: tagged(
    'AmendRegistration',
    fc.record({ contractNo: contractNoArb, grossAmount: fenArb, techAmount: fenArb, amendedOn: businessDateArb }),
  ),
  RevokeRegistration: tagged(
    'RevokeRegistration',
    record(
      {
        contractNo: contractNoArb,
        reason: fc.constantFrom('fraud', 'contract-invalidated', 'duplicate', 'other'),
        revokedOn: businessDateArb,
        note: textArb,
      },
      ['contractNo', 'reason', 'revokedOn'],
    ),
  ),
} as Readonly<Record<ContractRegistrationCommand['type'], fc.Arbitrary<ContractRegistrationCommand>>>;

const key = { contractNo: contractNoArb, sellerRegionId: regionId };
const registration = {
  ...key,
  registrationNo: registrationNoArb,
  registeredOn: businessDateArb,
  contractType: contractTypeArb,
};

const registrationKeys = Object.keys(registration) as (keyof typeof registration)[];

/** Well-formed events of each type, with all their fields (optional ones sometimes absent). */
export const eventArbitraries = {
  ContractSubmittedForRegistration: tagged(
    'ContractSubmittedForRegistration',
    record({ ...key, ...termsProps, submittedOn: businessDateArb, ruleSet: textArb, subtype: subtypeArb }, [
      'contractNo',
      'sellerRegionId',
      ...termsKeys,
      'submittedOn',
      'ruleSet',
    ]),
  ),
  RegistrationApplicationAccepted: tagged(
    'RegistrationApplicationAccepted',
    fc.record({ ...key, acceptedOn: businessDateArb, deadline: businessDateArb }),
  ),
  CorrectionRequested: tagged(
    'CorrectionRequested',
    fc.record({ ...key, reason: textArb, requestedOn: businessDateArb }),
  ),
  ContractResubmitted: tagged(
    'ContractResubmitted',
    record({ ...key, ...termsProps, resubmittedOn: businessDateArb, ruleSet: textArb, subtype: subtypeArb }, [
      'contractNo',
      'sellerRegionId',
      ...termsKeys,
      'resubmittedOn',
      'ruleSet',
    ]),
  ),
  ContractRegistered: tagged(
    'ContractRegistered',
    record(
      {
        ...registration,
        grossAmount: fenArb,
        techAmount: fenArb,
        declaredTechAmount: fenArb,
        ruleSet: textArb,
        subtype: subtypeArb,
        buyerRegionId: regionId,
        buyerOutsideRegion: textArb,
      },
      [...registrationKeys, 'grossAmount', 'techAmount', 'declaredTechAmount', 'ruleSet'],
    ),
  ),
  RegistrationRefused: tagged(
    'RegistrationRefused',
    record(
      {
        ...key,
        contractType: contractTypeArb,
        grossAmount: fenArb,
        techAmount: fenArb,
        reason: fc.constantFrom('invalid-contract', 'terms-unclear', 'seals-incomplete', 'other'),
        refusedOn: businessDateArb,
        subtype: subtypeArb,
        note: textArb,
      },
      ['contractNo', 'sellerRegionId', 'contractType', 'grossAmount', 'techAmount', 'reason', 'refusedOn'],
    ),
  ),
  RegistrationAmended: tagged(
    'RegistrationAmended',
    record(
      {
        ...registration,
        previousGrossAmount: fenArb,
        previousTechAmount: fenArb,
        grossAmount: fenArb,
        techAmount: fenArb,
        amendedOn: businessDateArb,
        subtype: subtypeArb,
      },
      [...registrationKeys, 'previousGrossAmount', 'previousTechAmount', 'grossAmount', 'techAmount', 'amendedOn'],
    ),
  ),
  RegistrationRevoked: tagged(
    'RegistrationRevoked',
    record(
      {
        ...registration,
        grossAmount: fenArb,
        techAmount: fenArb,
        reason: fc.constantFrom('fraud', 'contract-invalidated', 'duplicate', 'other'),
        revokedOn: businessDateArb,
        subtype: subtypeArb,
        note: textArb,
      },
      [...registrationKeys, 'grossAmount', 'techAmount', 'reason', 'revokedOn'],
    ),
  ),
} as Readonly<Record<ContractRegistrationEvent['type'], fc.Arbitrary<ContractRegistrationEvent>>>;
