import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { type DatedRule, ruleOn } from '../shared/datedRule';
import type { DomainConfig } from '../shared/domainConfig';
import { firstOf as firstRejection } from '../shared/firstOf';
import type { EnterpriseEvent } from './events';
import type { DateOutOfOrder, EnterpriseRejection, NoRuleInForce } from './rejections';
import type { EnterpriseProfile, EnterpriseState } from './state';

/** What every command handler of a registered enterprise gets. */
export interface Context {
  readonly config: DomainConfig;
  readonly state: EnterpriseState;
  readonly profile: EnterpriseProfile;
}

export type Decision = Either<EnterpriseRejection, readonly EnterpriseEvent[]>;

export const accept = (...events: readonly EnterpriseEvent[]): Decision => right(events);
export const reject = (rejection: EnterpriseRejection): Decision => left(rejection);

/** The identity every event carries, taken from state so projections need no look-up. */
export const about = (profile: EnterpriseProfile) => ({ uscc: profile.uscc, regionId: profile.regionId });

/** A DateOutOfOrder rejection when `date` is before `notBefore` (or `notBefore` is unknown: none). */
export const outOfOrder = (
  uscc: string,
  path: string,
  date: string,
  notBefore: string | undefined,
): DateOutOfOrder | undefined =>
  notBefore !== undefined && date < notBefore ? { _tag: 'DateOutOfOrder', uscc, path, date, notBefore } : undefined;

/** Runs `decide` with the rule in force on `date`, or refuses when none was. */
export const withRule = <T>(
  rules: readonly DatedRule<T>[],
  rule: NoRuleInForce['rule'],
  uscc: string,
  date: string,
  decide: (value: T) => Decision,
): Decision => {
  const found = ruleOn(rules, date);
  return found === undefined ? reject({ _tag: 'NoRuleInForce', uscc, rule, date }) : decide(found.value);
};

/** The first rejection found among checks run in order, else undefined. */
export const firstOf: (
  ...checks: readonly (() => EnterpriseRejection | undefined)[]
) => EnterpriseRejection | undefined = firstRejection;
