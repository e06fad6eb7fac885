import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { type FieldError, fieldErrors } from './fieldErrors';

/** Decodes `input` with `codec`, reporting failures as field paths rather than io-ts contexts. */
export const decodeWith = <A, O>(
  codec: t.Type<A, O, unknown>,
  input: unknown,
  prefix = '',
): Either<FieldError[], A> => {
  const result = codec.decode(input);
  return isLeft(result) ? left(fieldErrors(result.left, prefix)) : right(result.right);
};
