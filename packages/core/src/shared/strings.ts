import * as t from 'io-ts';

export interface NonEmptyStringBrand {
  readonly NonEmptyString: unique symbol;
}
export type NonEmptyString = t.Branded<string, NonEmptyStringBrand>;

/** A string with at least one non-blank character: names, titles, numbers (文号). */
export const NonEmptyString = t.brand(t.string, (s): s is NonEmptyString => s.trim().length > 0, 'NonEmptyString');

export interface PersonIdBrand {
  readonly PersonId: unique symbol;
}
export type PersonId = t.Branded<string, PersonIdBrand>;

/**
 * A person appears in events only by this id; name and contact details live in an erasable side
 * table, so erasing a person never breaks a hash chain.
 */
export const PersonId = t.brand(t.string, (s): s is PersonId => /^[A-Za-z0-9_-]{1,64}$/.test(s), 'PersonId');

/** A calendar year as reports use it (1949..2100). */
export interface YearBrand {
  readonly Year: unique symbol;
}
export type Year = t.Branded<number, YearBrand>;
export const Year = t.brand(t.number, (n): n is Year => Number.isInteger(n) && n >= 1949 && n <= 2100, 'Year');
