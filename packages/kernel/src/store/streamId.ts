import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { type InvalidStreamId, invalidStreamId } from '../errors/invalidStreamId';
import { isWellFormedText } from '../text/wellFormed';

/** Streams the library writes itself (seals); user appends to them are refused. */
export const RESERVED_STREAM_PREFIX = '$innoledger:';

/** The stream holding seal records. */
export const SEALS_STREAM = `${RESERVED_STREAM_PREFIX}seals`;

export const isReservedStream = (streamId: string): boolean => streamId.startsWith(RESERVED_STREAM_PREFIX);

/**
 * Stream ids are any non-empty string without NUL: quotes, SQL fragments and Chinese text are all
 * legal and stored verbatim. NUL is refused because C-string drivers would silently truncate it.
 */
export const checkStreamId = (streamId: unknown, allowReserved = false): Either<InvalidStreamId, string> => {
  if (typeof streamId !== 'string') return left(invalidStreamId(String(streamId), 'not-a-string'));
  if (streamId.length === 0) return left(invalidStreamId(streamId, 'empty'));
  if (streamId.includes('\u0000')) return left(invalidStreamId(streamId, 'contains-nul'));
  if (!isWellFormedText(streamId)) return left(invalidStreamId(streamId, 'ill-formed'));
  if (!allowReserved && isReservedStream(streamId)) return left(invalidStreamId(streamId, 'reserved'));
  return right(streamId);
};
