// fast-check generators for every ContractRegistration command and event (used by the property specs).
import type { BusinessDate } from '@innoledger/kernel';
import fc from 'fast-check';
import type { RegionId } from '../regions/region';
import { xianningRegionList } from '../regions/xianning';
import type { Fen } from '../shared/money';
import type { NonEmptyString } from '../shared/strings';
import { type Uscc, usccCheckCharacter } from '../shared/uscc';
import type { ContractRegistrationCommand } from './commands';
import type { ContractNo, RegistrationNo } from './contractNo';
import type { ContractRegistrationEvent } from './events';
import type { Buyer, ContractSubtype, ContractType, Seller } from './terms';

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'.split('');

export const businessDateArb: fc.Arbitrary<BusinessDate> = fc
  .date({ min: new Date('2001-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as BusinessDate);
export const fenArb: fc.Arbitrary<Fen> = fc.integer({ min: 0, max: 2_000_000_000_000 }).map((n) => n as Fen);
export const textArb: fc.Arbitrary<NonEmptyString> = fc.oneof(
  fc.constantFrom('智能电机控制系统委托开发合同', '湖北省武汉市', '合同名称与内容不符'),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
) as fc.Arbitrary<NonEmptyString>;
const keyArb = fc
  .string({ minLength: 1, maxLength: 40 })
  .filter((s) => s.trim() === s && [...s].every((c) => c.charCodeAt(0) >= 0x20));
export const contractNoArb = keyArb.map((s) => s as ContractNo);
export const registrationNoArb = keyArb.map((s) => s as RegistrationNo);
export const regionIdArb: fc.Arbitrary<RegionId> = fc.constantFrom(...xianningRegionList.map((r) => r.id));
const usccArb: fc.Arbitrary<Uscc> = fc
  .tuple(
    fc.array(fc.constantFrom(...USCC_CHARS), { minLength: 2, maxLength: 2 }),
    fc.array(fc.constantFrom(...'0123456789'.split('')), { minLength: 6, maxLength: 6 }),
    fc.array(fc.constantFrom(...USCC_CHARS), { minLength: 9, maxLength: 9 }),
  )
  .map(([a, b, c]) => {
    const first17 = [...a, ...b, ...c].join('');
    return `${first17}${usccCheckCharacter(first17)}` as Uscc;
  });
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
  { name: textArb, regionId: regionIdArb, uscc: usccArb },
  { requiredKeys: ['name', 'regionId'] },
);
export const buyerArb: fc.Arbitrary<Buyer> = fc.record(
  { name: textArb, regionId: regionIdArb, outsideRegion: textArb },
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
const tagged = <T extends string, D>(type: T, data: fc.Arbitrary<D>) => data.map((d) => ({ type, data: d }));

/** Any well-formed command (the decider may still refuse it). */
export const contractRegistrationCommandArb = fc.oneof(
  tagged(
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
  tagged('AcceptRegistrationApplication', fc.record({ contractNo: contractNoArb, acceptedOn: businessDateArb })),
  tagged(
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
  tagged('RequestCorrection', fc.record({ contractNo: contractNoArb, reason: textArb, requestedOn: businessDateArb })),
  tagged(
    'ResubmitContract',
    record({ contractNo: contractNoArb, resubmittedOn: businessDateArb, ...termsProps, subtype: subtypeArb }, [
      'contractNo',
      'resubmittedOn',
    ]),
  ),
  tagged(
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
  tagged(
    'AmendRegistration',
    fc.record({ contractNo: contractNoArb, grossAmount: fenArb, techAmount: fenArb, amendedOn: businessDateArb }),
  ),
  tagged(
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
) as fc.Arbitrary<ContractRegistrationCommand>;

const key = { contractNo: contractNoArb, sellerRegionId: regionIdArb };
const registration = {
  ...key,
  registrationNo: registrationNoArb,
  registeredOn: businessDateArb,
  contractType: contractTypeArb,
};

const registrationKeys = Object.keys(registration) as (keyof typeof registration)[];

/** Any well-formed event, each type with all its fields (optional ones sometimes absent). */
export const contractRegistrationEventArb = fc.oneof(
  tagged(
    'ContractSubmittedForRegistration',
    record({ ...key, ...termsProps, submittedOn: businessDateArb, ruleSet: textArb, subtype: subtypeArb }, [
      'contractNo',
      'sellerRegionId',
      ...termsKeys,
      'submittedOn',
      'ruleSet',
    ]),
  ),
  tagged(
    'RegistrationApplicationAccepted',
    fc.record({ ...key, acceptedOn: businessDateArb, deadline: businessDateArb }),
  ),
  tagged('CorrectionRequested', fc.record({ ...key, reason: textArb, requestedOn: businessDateArb })),
  tagged(
    'ContractResubmitted',
    record({ ...key, ...termsProps, resubmittedOn: businessDateArb, ruleSet: textArb, subtype: subtypeArb }, [
      'contractNo',
      'sellerRegionId',
      ...termsKeys,
      'resubmittedOn',
      'ruleSet',
    ]),
  ),
  tagged(
    'ContractRegistered',
    record(
      {
        ...registration,
        grossAmount: fenArb,
        techAmount: fenArb,
        declaredTechAmount: fenArb,
        ruleSet: textArb,
        subtype: subtypeArb,
        buyerRegionId: regionIdArb,
        buyerOutsideRegion: textArb,
      },
      [...registrationKeys, 'grossAmount', 'techAmount', 'declaredTechAmount', 'ruleSet'],
    ),
  ),
  tagged(
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
  tagged(
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
  tagged(
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
) as fc.Arbitrary<ContractRegistrationEvent>;
