import type { AppendResult, CurrentRevision } from '@eventstore/db-client';
import {
  type ConcurrencyConflict,
  concurrencyConflict,
  type ExpectedVersion,
  type InvalidEvent,
  invalidEvent,
  type StoreUnavailable,
  storeUnavailable,
} from '@innoledger/kernel';
import { fromCurrentRevision } from './revision';

// Every mapping from the client's errors to the kernel's values lives here. The checks look at the
// error's shape (`type`, gRPC `code`) rather than its class, because a second copy of the client in
// node_modules would make `instanceof` fail silently.

const WRONG_EXPECTED_VERSION = 'wrong-expected-version';
const STREAM_NOT_FOUND = 'stream-not-found';
const MAXIMUM_APPEND_SIZE_EXCEEDED = 'maximum-append-size-exceeded';
const ACCESS_DENIED = 'access-denied';
const UNREACHABLE_TYPES = new Set(['unavailable', 'deadline-exceeded', 'timeout', 'not-leader']);
/** gRPC status codes UNAVAILABLE and DEADLINE_EXCEEDED, when the client left the error unconverted. */
const UNREACHABLE_CODES = new Set([14, 4]);

const field = (error: unknown, name: string): unknown =>
  error !== null && typeof error === 'object' ? (error as Record<string, unknown>)[name] : undefined;

const messageOf = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : String(field(error, 'type') ?? error);

const isCurrentRevision = (value: unknown): value is CurrentRevision =>
  value === 'no_stream' || typeof value === 'bigint';

/**
 * The server refused an append because the stream was not at the expected revision: the kernel's
 * conflict, with the stream's actual version when the error carries it.
 */
export const conflictFromError = (
  error: unknown,
  streamId: string,
  expected: ExpectedVersion,
  fallbackActual: number,
): ConcurrencyConflict | undefined => {
  if (field(error, 'type') !== WRONG_EXPECTED_VERSION) return undefined;
  const actual = field(error, 'actualVersion');
  return concurrencyConflict(
    streamId,
    expected,
    isCurrentRevision(actual) ? fromCurrentRevision(actual) : fallbackActual,
  );
};

/** With `throwOnAppendFailure=false` in the connection string the client reports a conflict as a result. */
export const conflictFromResult = (
  result: AppendResult,
  streamId: string,
  expected: ExpectedVersion,
): ConcurrencyConflict | undefined => {
  if (result.success) return undefined;
  // The client puts -1n there when the stream does not exist.
  const actual = result.nextExpectedRevision < 0n ? 0 : fromCurrentRevision(result.nextExpectedRevision);
  return concurrencyConflict(streamId, expected, actual);
};

/** Reading a stream that has no events: the client fails the read; the port answers an empty list. */
export const isStreamNotFound = (error: unknown): boolean => field(error, 'type') === STREAM_NOT_FOUND;

/** The server's size limit on one append, as the kernel's refusal of the batch. */
export const appendTooLargeFromError = (
  error: unknown,
  streamId: string,
  type: string,
  bytes: number,
): InvalidEvent | undefined => {
  if (field(error, 'type') !== MAXIMUM_APPEND_SIZE_EXCEEDED) return undefined;
  const max = field(error, 'maxAppendSize');
  return appendTooLarge(streamId, 0, type, bytes, typeof max === 'number' ? max : undefined);
};

/** An append bigger than the server accepts, refused whole before (or after) it reaches the server. */
export const appendTooLarge = (
  streamId: string,
  index: number,
  type: string,
  bytes: number,
  maxBytes: number | undefined,
): InvalidEvent =>
  invalidEvent(
    streamId,
    index,
    type,
    '',
    `the append of about ${bytes} bytes exceeds the server's maximum append size${maxBytes === undefined ? '' : ` of ${maxBytes} bytes`}`,
  );

/** Where the server was looked for, for the errors that mean "not reachable" or "not allowed in". */
export interface ServerLocation {
  readonly location: string;
  readonly host?: string;
  readonly port?: number;
}

/** A server that cannot be reached (or whose credentials cannot read `$all`): the kernel's value. */
export const unavailableFromError = (error: unknown, where: ServerLocation): StoreUnavailable | undefined => {
  const type = field(error, 'type');
  const code = field(error, 'code');
  const unreachable =
    (typeof type === 'string' && UNREACHABLE_TYPES.has(type)) ||
    (typeof code === 'number' && UNREACHABLE_CODES.has(code));
  const denied = type === ACCESS_DENIED;
  if (!unreachable && !denied) return undefined;
  const reason = denied
    ? `access denied: the credentials must be allowed to read $all (${messageOf(error)})`
    : messageOf(error);
  return storeUnavailable({ ...where, message: `EventStoreDB at ${where.location} is unavailable: ${reason}` });
};
