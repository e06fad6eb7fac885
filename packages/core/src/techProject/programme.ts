import * as t from 'io-ts';
import { brandedString } from '../shared/brands';
import { NonEmptyString } from '../shared/strings';

/** Who funds a programme: 国家级, 省级 or 市级. */
export const FundingLevel = t.keyof({ national: null, provincial: null, municipal: null });
export type FundingLevel = t.TypeOf<typeof FundingLevel>;

/** A programme's stable slug, e.g. `hubei-key-rnd`. */
export const ProgrammeId = brandedString('ProgrammeId', (s) => /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/.test(s));
export type ProgrammeId = t.TypeOf<typeof ProgrammeId>;

/**
 * A funding programme (专项 / 计划) as data: programmes come and go every year, so a command names
 * the programme it applies to instead of the code enumerating them.
 */
export const Programme = t.type({
  id: ProgrammeId,
  name: t.type({ zh: NonEmptyString, en: NonEmptyString }),
  level: FundingLevel,
});
export type Programme = t.TypeOf<typeof Programme>;
