// fast-check generators for the values every aggregate's codecs share, for specs only.
import type { BusinessDate } from '@innoledger/kernel';
import { arbitraryBusinessDate } from '@innoledger/testing';
import fc from 'fast-check';
import { type RegionId, regionHierarchy } from '../../regions/region';
import { xianningRegionList } from '../../regions/xianning';
import type { Fen } from '../money';
import type { FiniteNumber } from '../numbers';
import type { NonEmptyString, Year } from '../strings';
import { type Uscc, usccCheckCharacter } from '../uscc';

/** Calendar days from `min` to `max` inclusive (leap days included); 2015–2025 by default. */
export const businessDate = (min = '2015-01-01', max = '2025-12-31'): fc.Arbitrary<BusinessDate> =>
  arbitraryBusinessDate({ min, max });

/** The ids of Xianning's regions (the default hierarchy). */
export const regionId: fc.Arbitrary<RegionId> = fc.constantFrom(...xianningRegionList.map((r) => r.id));

/** Ids that pass the `RegionId` codec but are not in the default hierarchy. */
export const foreignRegionId: fc.Arbitrary<RegionId> = fc
  .stringMatching(/^[a-z][a-z0-9-]{0,10}$/)
  .filter((s) => regionHierarchy(xianningRegionList).find(s) === undefined)
  .map((s) => s as RegionId);

const notBlank = (s: string) => s.trim().length > 0;

/** Names and titles: 1 to 24 graphemes (any script), not all blank. */
export const nonEmptyString: fc.Arbitrary<NonEmptyString> = fc
  .string({ minLength: 1, maxLength: 24, unit: 'grapheme' })
  .filter(notBlank)
  .map((s) => s as NonEmptyString);

/** Titles and reasons: one of `examples` (real ones read better in a counterexample) or any non-blank text. */
export const textLike = (...examples: readonly string[]): fc.Arbitrary<NonEmptyString> =>
  fc
    .oneof(fc.constantFrom(...examples), fc.string({ minLength: 1, maxLength: 40 }).filter(notBlank))
    .map((s) => s as NonEmptyString);

const USCC_CHAR = fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY');
const DIGIT = fc.constantFrom(...'0123456789');

/** Valid 18-character codes: the GB 32100-2015 shape with a computed check character. */
export const uscc: fc.Arbitrary<Uscc> = fc
  .tuple(
    fc.array(USCC_CHAR, { minLength: 2, maxLength: 2 }),
    fc.array(DIGIT, { minLength: 6, maxLength: 6 }),
    fc.array(USCC_CHAR, { minLength: 9, maxLength: 9 }),
  )
  .map(([a, b, c]) => [...a, ...b, ...c].join(''))
  .map((first17) => `${first17}${usccCheckCharacter(first17)}` as Uscc);

/** Years from `min` to `max` inclusive; 2015–2025 by default. */
export const year = (min = 2015, max = 2025): fc.Arbitrary<Year> => fc.integer({ min, max }).map((n) => n as Year);

/** Amounts of fen from 0 to `max`. */
export const fen = (max = Number.MAX_SAFE_INTEGER): fc.Arbitrary<Fen> =>
  fc.integer({ min: 0, max }).map((n) => n as Fen);

/** Finite doubles in a range, −0 left out: JSON has no −0, so it could not round-trip. */
export const finiteNumber = (min: number, max: number): fc.Arbitrary<FiniteNumber> =>
  fc
    .double({ min, max, noNaN: true })
    .filter((n) => !Object.is(n, -0))
    .map((n) => n as FiniteNumber);

/** `${prefix}-1` … `${prefix}-${pool}`: a small pool makes ids collide, so refusals are reached. */
export const slugFrom = (prefix: string, pool: number): fc.Arbitrary<string> =>
  fc.integer({ min: 1, max: pool }).map((n) => `${prefix}-${n}`);

/** An optional field: `{ [key]: value }` or `{}`, never `{ [key]: undefined }` (as decoded JSON has it). */
export const optional = <K extends string, V>(key: K, value: fc.Arbitrary<V>): fc.Arbitrary<{ [P in K]?: V }> =>
  fc.option(value, { nil: undefined }).map((v) => (v === undefined ? {} : ({ [key]: v } as { [P in K]: V })));

/** Mostly one of `good`, one time in twenty one of `bad`. */
export const mostly = <T>(good: readonly T[], bad: readonly T[]): fc.Arbitrary<T> =>
  fc.oneof({ weight: 19, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: fc.constantFrom(...bad) });

/** `{ type, data }` values with `data` from `data`: a command or an event of one type. */
export const tagged = <T extends string, D>(type: T, data: fc.Arbitrary<D>): fc.Arbitrary<{ type: T; data: D }> =>
  data.map((d) => ({ type, data: d }));
