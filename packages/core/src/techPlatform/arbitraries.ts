// fast-check generators for the TechPlatform codecs, derived from the codecs themselves so a field
// added to a command or event is generated without touching this file.
import fc from 'fast-check';
import * as t from 'io-ts';
import { xianningRegionList } from '../regions/xianning';
import { usccCheckCharacter } from '../shared/uscc';
import { TechPlatformCommand } from './commands';
import { type TechPlatformEvent, techPlatformEventDefinitions } from './events';

const DAY_MS = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** Calendar days `YYYY-MM-DD` between two dates inclusive, leap days included. */
export const arbitraryDate = (min = '1990-01-01', max = '2035-12-31'): fc.Arbitrary<string> =>
  fc.integer({ min: dayOf(min), max: dayOf(max) }).map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));

const USCC_CHAR = fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY');
const DIGIT = fc.constantFrom(...'0123456789');

/** Valid 18-character codes: the GB 32100-2015 shape with a computed check character. */
export const arbitraryUscc: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(USCC_CHAR, { minLength: 2, maxLength: 2 }),
    fc.array(DIGIT, { minLength: 6, maxLength: 6 }),
    fc.array(USCC_CHAR, { minLength: 9, maxLength: 9 }),
  )
  .map(([a, b, c]) => [...a, ...b, ...c].join(''))
  .map((first17) => `${first17}${usccCheckCharacter(first17)}`);

/** One generator per branded codec, looked up by the brand's name. */
const brands: Record<string, fc.Arbitrary<unknown>> = {
  PlatformId: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/),
  Uscc: arbitraryUscc,
  RegionId: fc.constantFrom(...xianningRegionList.map((r) => r.id)),
  BusinessDate: arbitraryDate(),
  NonEmptyString: fc.string({ minLength: 1, maxLength: 24, unit: 'grapheme' }).filter((s) => s.trim().length > 0),
  Year: fc.integer({ min: 1949, max: 2100 }),
  Fen: fc.maxSafeNat(),
};

const mapProps = (props: t.Props, f: (codec: t.Mixed) => fc.Arbitrary<unknown>) =>
  Object.fromEntries(Object.entries(props).map(([key, codec]) => [key, f(codec)]));

/** Values a codec accepts, built from its structure; optional fields are sometimes absent (never `undefined`). */
export const arbitraryOf = (codec: t.Mixed): fc.Arbitrary<unknown> => {
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

/** Commands of one type, keyed by type, for a round trip per command. */
export const arbitraryCommandsByType: Readonly<Record<string, fc.Arbitrary<TechPlatformCommand>>> = Object.fromEntries(
  TechPlatformCommand.types.map((codec) => [
    codec.props.type.value,
    arbitraryOf(codec) as fc.Arbitrary<TechPlatformCommand>,
  ]),
);

/** Events of one type, keyed by type. */
export const arbitraryEventsByType: Readonly<Record<string, fc.Arbitrary<TechPlatformEvent>>> = Object.fromEntries(
  techPlatformEventDefinitions.map((definition) => [
    definition.type,
    arbitraryOf(definition.codec as t.Mixed).map((data) => ({ type: definition.type, data }) as TechPlatformEvent),
  ]),
);
