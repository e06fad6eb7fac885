import * as t from 'io-ts';

/**
 * The brand io-ts puts on the values of a codec named `N` (it keys a brand by the codec's name):
 * codecs with different names give types that cannot be passed for one another.
 */
export type Brand<N extends string> = { readonly [K in N]: symbol };

/** A value of the codec named `N` over `A`, e.g. `Branded<string, 'AchievementId'>`. */
export type Branded<A, N extends string> = t.Branded<A, Brand<N>>;

/** A string codec named and branded `name`, accepting the strings `isValid` accepts. */
export const brandedString = <N extends string>(
  name: N,
  isValid: (s: string) => boolean,
): t.BrandC<t.StringC, Brand<N>> => t.brand(t.string, (s): s is Branded<string, N> => isValid(s), name);

/** A number codec named and branded `name`, accepting the numbers `isValid` accepts. */
export const brandedNumber = <N extends string>(
  name: N,
  isValid: (n: number) => boolean,
): t.BrandC<t.NumberC, Brand<N>> => t.brand(t.number, (n): n is Branded<number, N> => isValid(n), name);

/**
 * An id the bureau (or an import) chooses as a slug: lowercase letters, digits and hyphens, not
 * starting with a hyphen, at most `maxLength` characters, so it reads well inside a stream id and
 * in a CSV column. E.g. `slugId('AchievementId')` accepts `xc-2020-017`.
 */
export const slugId = <N extends string>(name: N, maxLength = 128): t.BrandC<t.StringC, Brand<N>> => {
  const slug = new RegExp(`^[a-z0-9][a-z0-9-]{0,${maxLength - 1}}$`);
  return brandedString(name, (s) => slug.test(s));
};
