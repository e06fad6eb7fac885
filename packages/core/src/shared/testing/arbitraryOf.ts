// Generators derived from the codecs themselves, so a field added to a command or an event is
// generated without touching a spec. Branded codecs are looked up by name in a table of generators.
import type { AnyEventDefinition, Event } from '@innoledger/kernel';
import fc from 'fast-check';
import * as t from 'io-ts';
import { businessDate, fen, nonEmptyString, regionId, uscc, year } from './arbitraries';

/** One generator per branded codec, by the codec's name. */
export type BrandArbitraries = Readonly<Record<string, fc.Arbitrary<unknown>>>;

/** Generators for the brands of core's shared codecs; an aggregate adds its own ids. */
export const sharedBrands: BrandArbitraries = {
  Uscc: uscc,
  RegionId: regionId,
  BusinessDate: businessDate('1990-01-01', '2035-12-31'),
  NonEmptyString: nonEmptyString,
  PersonId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
  Year: year(1949, 2100),
  Fen: fen(),
};

const mapProps = (props: t.Props, f: (codec: t.Mixed) => fc.Arbitrary<unknown>) =>
  Object.fromEntries(Object.entries(props).map(([key, codec]) => [key, f(codec)]));

/**
 * `arbitraryOf(codec)`: values the codec accepts, built from its structure, with `brands` for the
 * branded codecs (an unknown brand throws, naming it). Optional fields are sometimes absent, never
 * `undefined`.
 */
export const arbitraryOfWith = (brands: BrandArbitraries) => {
  const arbitraryOf = (codec: t.Mixed): fc.Arbitrary<unknown> => {
    if (codec instanceof t.RefinementType) {
      const brand = brands[codec.name];
      if (brand === undefined) throw new Error(`no arbitrary for the brand ${codec.name}`);
      return brand;
    }
    if (codec instanceof t.InterfaceType) return fc.record(mapProps(codec.props, arbitraryOf));
    if (codec instanceof t.PartialType) return fc.record(mapProps(codec.props, arbitraryOf), { requiredKeys: [] });
    if (codec instanceof t.IntersectionType)
      return fc
        .tuple(...(codec.types as t.Mixed[]).map(arbitraryOf))
        .map((parts) => Object.assign({}, ...(parts as object[])));
    if (codec instanceof t.UnionType) return fc.oneof(...(codec.types as t.Mixed[]).map(arbitraryOf));
    if (codec instanceof t.KeyofType) return fc.constantFrom(...Object.keys(codec.keys));
    if (codec instanceof t.LiteralType) return fc.constant(codec.value);
    if (codec instanceof t.BooleanType) return fc.boolean();
    throw new Error(`no arbitrary for the codec ${codec.name}`);
  };
  return arbitraryOf;
};

/** Commands of each type of a union of command codecs, keyed by type. */
export const commandArbitrariesByType = <C extends { readonly type: string }>(
  union: { readonly types: readonly (t.Mixed & { readonly props: { readonly type: { readonly value: string } } })[] },
  arbitraryOf: (codec: t.Mixed) => fc.Arbitrary<unknown>,
): Readonly<Record<string, fc.Arbitrary<C>>> =>
  Object.fromEntries(union.types.map((codec) => [codec.props.type.value, arbitraryOf(codec) as fc.Arbitrary<C>]));

/** Events of each type of a list of definitions, keyed by type. */
export const eventArbitrariesByType = <E extends Event>(
  definitions: readonly AnyEventDefinition[],
  arbitraryOf: (codec: t.Mixed) => fc.Arbitrary<unknown>,
): Readonly<Record<string, fc.Arbitrary<E>>> =>
  Object.fromEntries(
    definitions.map((definition) => [
      definition.type,
      arbitraryOf(definition.codec).map((data) => ({ type: definition.type, data }) as E),
    ]),
  );
