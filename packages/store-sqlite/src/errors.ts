// The only file that knows what better-sqlite3's errors mean. Everything else gets either a kernel
// value (a conflict, a duplicate, a refused import) or a defect that says what happened and where.
import {
  type AppendError,
  type CommandRecord,
  concurrencyConflict,
  duplicateCommand,
  type ExpectedVersion,
  type ImportError,
  importRefused,
  type StoreUnavailable,
  storeUnavailable,
} from '@innoledger/kernel';
import Database from 'better-sqlite3';
import { type Either, left } from 'fp-ts/lib/Either.js';

type SqliteError = InstanceType<typeof Database.SqliteError>;

const isSqliteError = (error: unknown): error is SqliteError => error instanceof Database.SqliteError;

/**
 * Another connection held the write lock for longer than the busy timeout. A defect, not an
 * outcome: nothing was written, and retrying later is safe.
 */
export class StoreBusyError extends Error {
  readonly code = 'SQLITE_BUSY';
  constructor(
    readonly path: string,
    readonly busyTimeoutMs: number,
    options: { readonly cause: unknown },
  ) {
    super(`SQLite database ${path} stayed locked by another connection for ${busyTimeoutMs} ms`, options);
    this.name = 'StoreBusyError';
  }
}

export const isStoreBusyError = (error: unknown): error is StoreBusyError => error instanceof StoreBusyError;

/** Where a failing statement ran, for messages. */
export interface ErrorContext {
  readonly path: string;
  readonly busyTimeoutMs: number;
}

/** SQLite refused a lock another connection holds (SQLITE_BUSY and its extended codes). */
export const isBusyError = (error: unknown): boolean => isSqliteError(error) && error.code.startsWith('SQLITE_BUSY');

const isUniqueOn = (error: unknown, columns: string): boolean =>
  isSqliteError(error) &&
  (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') &&
  error.message.endsWith(columns);

const STREAM_VERSION = 'events.stream_id, events.stream_version';
const COMMAND_ID = 'commands.command_id';

/** Rethrows what cannot be turned into a value, naming the file when the lock was the problem. */
export const defect = (error: unknown, ctx: ErrorContext): never => {
  if (isBusyError(error)) throw new StoreBusyError(ctx.path, ctx.busyTimeoutMs, { cause: error });
  throw error;
};

/** What the append path can look up again after its transaction rolled back. */
export interface AppendFailureContext extends ErrorContext {
  readonly streamId: string;
  readonly expected: ExpectedVersion;
  readonly commandId: string | undefined;
  readonly currentVersion: () => number;
  readonly findCommand: (commandId: string) => CommandRecord | undefined;
}

/**
 * An append that failed inside its transaction. The write lock makes these unreachable between
 * well-behaved writers; the unique keys are the last line against one that is not (another tool,
 * a damaged head row): a taken stream version is a conflict, a taken command id a duplicate.
 */
export const appendFailure = (error: unknown, ctx: AppendFailureContext): Either<AppendError, never> => {
  if (isUniqueOn(error, STREAM_VERSION))
    return left(concurrencyConflict(ctx.streamId, ctx.expected, ctx.currentVersion()));
  if (ctx.commandId !== undefined && isUniqueOn(error, COMMAND_ID)) {
    const existing = ctx.findCommand(ctx.commandId);
    if (existing) return left(duplicateCommand(existing));
  }
  return defect(error, ctx);
};

/** An import whose rows collided with a stream version written meanwhile: the batch is refused. */
export const importFailure = (
  error: unknown,
  ctx: ErrorContext & { readonly event: { readonly streamId: string; readonly streamVersion: number } | undefined },
): Either<ImportError, never> => {
  if (ctx.event !== undefined && isUniqueOn(error, STREAM_VERSION))
    return left(importRefused('version-gap', ctx.event));
  return defect(error, ctx);
};

/** Why a file could not be opened: a missing directory, a file that is not a database, a lock, a newer schema. */
export const openFailure = (path: string, error: unknown): StoreUnavailable => {
  const reason = error instanceof Error ? error.message : String(error);
  const code = isSqliteError(error) ? ` (${error.code})` : '';
  return storeUnavailable({ location: path, message: `cannot open SQLite store ${path}: ${reason}${code}` });
};
