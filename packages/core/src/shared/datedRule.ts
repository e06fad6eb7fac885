/** A rule value that applies from a business date on, until a later one replaces it. */
export interface DatedRule<T> {
  readonly effectiveFrom: string;
  readonly value: T;
  /** The document that brought it into force (title and 文号), for explanations. */
  readonly source: string;
}

/**
 * The rule in force on `date`: history is judged by the rules of its day, so a 2018 project
 * accepted in 2020 and a 2020 contract are each read under the rule that governed them.
 */
export const ruleOn = <T>(rules: readonly DatedRule<T>[], date: string): DatedRule<T> | undefined => {
  let found: DatedRule<T> | undefined;
  for (const rule of rules) {
    if (rule.effectiveFrom <= date && (found === undefined || rule.effectiveFrom >= found.effectiveFrom)) found = rule;
  }
  return found;
};
