/**
 * The first rejection among checks run in order, else undefined. Each check is a thunk, run only
 * when the ones before it found nothing, so a check may rely on what an earlier one ruled out
 * (that a record exists, that a rule is in force). Deciders bind it to their rejection union,
 * which keeps the `_tag` literals of the rejections they write inline.
 */
export const firstOf = <R>(...checks: readonly (() => R | undefined)[]): R | undefined => {
  for (const check of checks) {
    const rejection = check();
    if (rejection !== undefined) return rejection;
  }
  return undefined;
};
