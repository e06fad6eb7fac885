// Helpers for fixtures: values that must be valid are decoded, so a broken fixture fails loudly
// instead of slipping a bad value into a test.
import { isLeft } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { type Uscc, usccCheckCharacter } from '../uscc';

/** The codec's value for `value`; throws, naming `what`, when the codec refuses it. */
export const decodeOrThrow = <A>(codec: t.Decoder<unknown, A>, value: unknown, what: string): A => {
  const decoded = codec.decode(value);
  if (isLeft(decoded)) throw new Error(`fixture ${what} does not decode: ${JSON.stringify(value)}`);
  return decoded.right;
};

/** A USCC from its first 17 characters, with the right check character (made-up enterprises). */
export const usccOf = (first17: string): Uscc => `${first17}${usccCheckCharacter(first17)}` as Uscc;
