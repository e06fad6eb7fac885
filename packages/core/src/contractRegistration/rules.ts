import type { DatedRule } from '../shared/datedRule';
import type { NonEmptyString } from '../shared/strings';
import type { ContractSubtype, ContractType } from './terms';

/** The contract types (and their subtypes) a registrar may file under on a date. */
export interface ContractTypeRuleSet {
  /** Stable id recorded on events, so history says which rules judged it. */
  readonly id: NonEmptyString;
  /** Types in force with their subtypes; a type absent here may not be filed. */
  readonly types: Readonly<Partial<Record<ContractType, readonly ContractSubtype[]>>>;
}

const development: readonly ContractSubtype[] = ['commissioned-development', 'cooperative-development'];
const service: readonly ContractSubtype[] = ['technical-service', 'technical-training', 'technical-intermediary'];

/**
 * [S] 技术合同认定规则 (国科发政字〔2001〕253号) until 2020-12-31: patent licensing is a kind of
 * transfer; training and intermediary are kinds of service registered separately.
 * [S] 民法典 (in force 2021-01-01), 第862条: licensing (专利实施许可, 技术秘密使用许可) is its own
 * type. The 2026 工信部 rules would be a third entry here.
 */
export const contractTypeRules: readonly DatedRule<ContractTypeRuleSet>[] = [
  {
    effectiveFrom: '2001-07-18',
    value: {
      id: 'tech-contract-rules-2001' as NonEmptyString,
      types: {
        development,
        transfer: ['patent-right', 'patent-application-right', 'patent-licensing', 'technical-secret'],
        consulting: [],
        service,
      },
    },
    source: '技术合同认定规则 (国科发政字〔2001〕253号)',
  },
  {
    effectiveFrom: '2021-01-01',
    value: {
      id: 'civil-code-2021' as NonEmptyString,
      types: {
        development,
        transfer: ['patent-right', 'patent-application-right', 'technical-secret'],
        licensing: ['patent-licensing', 'technical-secret-licensing'],
        consulting: [],
        service,
      },
    },
    source: '中华人民共和国民法典 第三编第二十章 技术合同',
  },
];

/** [S] 技术合同认定登记管理办法 (国科发政字〔2000〕063号): decide within 30 days of acceptance. */
export const registrationDeadlineRules: readonly DatedRule<{ readonly days: number }>[] = [
  { effectiveFrom: '2000-02-16', value: { days: 30 }, source: '技术合同认定登记管理办法 (国科发政字〔2000〕063号)' },
];

/** The rule lists a ContractRegistration decider judges by. */
export interface ContractRegistrationRules {
  readonly contractTypes: readonly DatedRule<ContractTypeRuleSet>[];
  readonly registrationDeadline: readonly DatedRule<{ readonly days: number }>[];
}

export const defaultContractRegistrationRules: ContractRegistrationRules = {
  contractTypes: contractTypeRules,
  registrationDeadline: registrationDeadlineRules,
};
