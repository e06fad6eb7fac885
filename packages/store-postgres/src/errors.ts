// The one place where pg's errors become the kernel's values. Everything else in the adapter
// calls these functions and never looks at a driver error code itself.
import {
  type ConcurrencyConflict,
  concurrencyConflict,
  type ExpectedVersion,
  type StoreUnavailable,
  storeUnavailable,
} from '@innoledger/kernel';
import type { ConnectionTarget } from './connection';

const codeOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

const constraintOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'constraint' in error && typeof error.constraint === 'string'
    ? error.constraint
    : undefined;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const UNIQUE_VIOLATION = '23505';
/** Socket-level failures from Node, before PostgreSQL says anything. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ENOENT',
]);
/**
 * SQLSTATE classes meaning "cannot talk to this database": 08 connection exception, 28 invalid
 * authorisation, 3D unknown database, 57P01-03 server shutting down or starting.
 */
const isServerRefusal = (code: string): boolean =>
  code.startsWith('08') || code.startsWith('28') || code === '3D000' || /^57P0[1-3]$/.test(code);
/** pg reports a dropped or timed-out connection with a plain Error and no code. */
const DROPPED =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

/** True when the error says the server cannot be reached or refuses us, rather than a bad statement. */
export const isUnavailable = (error: unknown): boolean => {
  const code = codeOf(error);
  if (code !== undefined) return NETWORK_CODES.has(code) || isServerRefusal(code);
  return DROPPED.test(messageOf(error));
};

/** The kernel's value for an unreachable server, naming host and port and never the password. */
export const toStoreUnavailable = (error: unknown, target: ConnectionTarget): StoreUnavailable => {
  const code = codeOf(error);
  return storeUnavailable({
    location: target.location,
    host: target.host,
    port: target.port,
    message: `PostgreSQL at ${target.host}:${target.port} is unavailable: ${messageOf(error)}${code ? ` (${code})` : ''}`,
  });
};

/**
 * Thrown where a value cannot be returned (an append or read on a store whose server went away):
 * a defect for the port, but one that still says which server.
 */
export class StoreUnavailableError extends Error {
  readonly unavailable: StoreUnavailable;
  constructor(unavailable: StoreUnavailable, options?: { cause?: unknown }) {
    super(unavailable.message, options);
    this.name = 'StoreUnavailableError';
    this.unavailable = unavailable;
  }
}

/** Re-throws driver errors in the adapter's terms: unreachable servers named, everything else as is. */
export const rethrow = (error: unknown, target: ConnectionTarget): never => {
  if (isUnavailable(error)) throw new StoreUnavailableError(toStoreUnavailable(error, target), { cause: error });
  throw error;
};

/**
 * A second writer that slipped past the version check (only possible if something writes without
 * taking the log lock) trips the unique (stream_id, stream_version) key: that is a conflict, not a crash.
 */
export const toConcurrencyConflict = (
  error: unknown,
  streamId: string,
  expected: ExpectedVersion,
  actual: number,
): ConcurrencyConflict | undefined =>
  codeOf(error) === UNIQUE_VIOLATION && constraintOf(error) === 'events_stream_version_key'
    ? concurrencyConflict(streamId, expected, actual)
    : undefined;
