import { availableParallelism } from 'node:os';
import {
  type AppendError,
  type AppendOptions,
  type AppendResult,
  type ChainLink,
  type Clock,
  type CommandRecord,
  type EventIdGenerator,
  type EventStore,
  type EventToAppend,
  type ExpectedVersion,
  type ImportError,
  type ProjectionStateStore,
  type ReadAllOptions,
  type ReadStreamError,
  type ReadStreamOptions,
  type RecordedEvent,
  type SnapshotStore,
  type StoreCapabilities,
  type StoreUnavailable,
  systemClock,
  uuidV7,
} from '@innoledger/kernel';
import type Database from 'better-sqlite3';
import { type Either, isRight, left, right } from 'fp-ts/lib/Either.js';
import { type ConnectionOptions, openConnection } from './connection';
import { type ErrorContext, openFailure } from './errors';
import { type AppendEvents, appendEvents } from './operations/appendEvents';
import { findCommand } from './operations/commands';
import { headPosition, type StoreHead } from './operations/headPosition';
import { type ImportRecorded, importRecorded } from './operations/importRecorded';
import { type KnownHeads, knownHeads } from './operations/knownHeads';
import { projections } from './operations/projections';
import { readAll } from './operations/readAll';
import { readStream } from './operations/readStream';
import { snapshots } from './operations/snapshots';
import { schemaVersionOf } from './schema';
import type { VerifyThreads } from './verify/hashCheckThreads';
import { readChainLinks } from './verify/readChainLinks';
import { type WalCheckpointer, walCheckpointer } from './wal/walCheckpointer';

/** Options of {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /** The database file, created with its parent directories if missing; `':memory:'` for a throwaway store. */
  readonly path: string;
  /**
   * `FULL` (default): a committed append survives power loss. `NORMAL`: several times faster
   * appends in WAL mode, but the last commits before a power cut (not a process crash) may be lost.
   */
  readonly synchronous?: 'FULL' | 'NORMAL';
  /** How long a write waits for another connection's lock before failing; default 10 000 ms. */
  readonly busyTimeoutMs?: number;
  /** Source of `recordedAt`; default the wall clock. */
  readonly clock?: Clock;
  /** Event ids; default uuid v7. */
  readonly newEventId?: EventIdGenerator;
  /**
   * How `verify` spreads hashing over worker threads: each opens the file read-only and hashes a
   * share of the history while the calling thread checks how the events link. `threads` defaults to
   * the machine's CPUs (at most 4; none on a single CPU), 0 turns this off; histories shorter than
   * `fromEvents` (default 50,000), where starting threads costs more than it saves, and
   * `':memory:'` stores are checked on the calling thread.
   */
  readonly verifyThreads?: { readonly threads?: number; readonly fromEvents?: number };
  /**
   * Copies the WAL into the database file on a worker thread with a connection of its own
   * (default: on a machine with more than one CPU; `':memory:'` stores have no WAL). SQLite
   * otherwise does it inside the commit that crosses its threshold, which then copies a thousand
   * pages and syncs both files; here that commit finds all but the last few hundred copied. The
   * thread starts once 512 events have been written, so a store that only reads never starts one,
   * and if it fails the writer checkpoints as SQLite does by default.
   */
  readonly walCheckpointThread?: boolean;
}

/** What the connection is actually running with, read back from SQLite. */
export interface SqliteStoreSettings {
  readonly journalMode: string;
  readonly synchronous: 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA';
  readonly busyTimeoutMs: number;
  readonly schemaVersion: number;
  /** The WAL size, in pages, at which a commit checkpoints: 4,000 while the checkpoint thread runs. */
  readonly walAutocheckpoint: number;
  /** Whether the WAL checkpoint thread is running (see `SqliteStoreOptions.walCheckpointThread`). */
  readonly walCheckpointThread: boolean;
}

const SYNCHRONOUS = ['OFF', 'NORMAL', 'FULL', 'EXTRA'] as const;

const DEFAULT_BUSY_TIMEOUT_MS = 10_000;

const verifyThreadsOf = (asked: SqliteStoreOptions['verifyThreads']): VerifyThreads => {
  const cpus = availableParallelism();
  return {
    threads: asked?.threads ?? (cpus > 1 ? Math.min(cpus, 4) : 0),
    fromEvents: asked?.fromEvents ?? 50_000,
    rangeSize: 25_000,
  };
};

interface StoreInternals {
  readonly path: string;
  readonly busyTimeoutMs: number;
  readonly clock: Clock;
  readonly newEventId: EventIdGenerator;
  readonly verifyThreads: VerifyThreads | undefined;
  readonly walCheckpointer: WalCheckpointer | undefined;
}

let construct: (db: Database.Database, options: StoreInternals) => SqliteEventStore;

/**
 * The embedded default store: one SQLite file holds events, stream heads, command records,
 * snapshots, projection views and checkpoints. Several connections and processes may share the
 * file; appends serialise on SQLite's write lock.
 */
export class SqliteEventStore implements EventStore {
  readonly capabilities: StoreCapabilities = {
    atomicViewCheckpoint: true,
    monotonicRecordedAt: true,
    maxAppendBytes: undefined,
  };
  /** The file this store works on. */
  readonly path: string;
  readonly snapshots: SnapshotStore;
  readonly projections: ProjectionStateStore;
  readonly #db: Database.Database;
  readonly #append: AppendEvents;
  readonly #heads: KnownHeads;
  readonly #readStream: ReturnType<typeof readStream>;
  readonly #readAll: ReturnType<typeof readAll>;
  readonly #readChainLinks: ReturnType<typeof readChainLinks>;
  readonly #import: ImportRecorded;
  readonly #head: () => StoreHead;
  readonly #findCommand: (commandId: string) => CommandRecord | undefined;
  readonly #walCheckpointer: WalCheckpointer | undefined;

  // Private, so the driver's types stay out of the public API and every store is opened the same
  // way (directory, pragmas, migrations); openStore reaches it through `construct` below.
  private constructor(db: Database.Database, options: StoreInternals) {
    const errors: ErrorContext = { path: options.path, busyTimeoutMs: options.busyTimeoutMs };
    this.path = options.path;
    this.#db = db;
    this.#head = headPosition(db);
    this.#heads = knownHeads(db);
    this.#append = appendEvents(db, {
      heads: this.#heads,
      clock: options.clock,
      newEventId: options.newEventId,
      errors,
    });
    this.#readStream = readStream(db);
    this.#readAll = readAll(db, this.#head);
    this.#readChainLinks = readChainLinks(db, this.#head, options.verifyThreads);
    this.#import = importRecorded(db, errors);
    this.#findCommand = findCommand(db);
    this.#walCheckpointer = options.walCheckpointer;
    this.snapshots = snapshots(db, errors);
    this.projections = projections(db, errors);
  }

  async appendToStream(
    streamId: string,
    expected: ExpectedVersion,
    events: readonly EventToAppend[],
    options: AppendOptions = {},
  ): Promise<Either<AppendError, AppendResult>> {
    const appended = this.#append(streamId, expected, events, options);
    if (isRight(appended)) this.#walCheckpointer?.written(appended.right.events.length);
    return appended;
  }

  async readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<Either<ReadStreamError, readonly RecordedEvent[]>> {
    return this.#readStream(streamId, options);
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    return this.#readAll(options);
  }

  /**
   * The hash input rebuilt by SQLite from the stored columns, so `verify` parses no JSON; for a
   * long history, hashed on worker threads instead (see `SqliteStoreOptions.verifyThreads`).
   */
  readChainLinks(options?: { after?: number; batchSize?: number }): AsyncIterable<readonly ChainLink[]> {
    return this.#readChainLinks(options);
  }

  async importRecorded(events: readonly RecordedEvent[]): Promise<Either<ImportError, number>> {
    const imported = this.#import(events);
    // An import writes events through this connection, which data_version does not count.
    this.#heads.forget();
    if (isRight(imported)) this.#walCheckpointer?.written(imported.right);
    return imported;
  }

  async headPosition(): Promise<number> {
    return this.#head().position;
  }

  async findCommand(commandId: string): Promise<CommandRecord | undefined> {
    return this.#findCommand(commandId);
  }

  /** The journal mode, durability, lock timeout and schema version in force on this connection. */
  settings(): SqliteStoreSettings {
    const synchronous = this.#db.pragma('synchronous', { simple: true }) as number;
    return {
      journalMode: String(this.#db.pragma('journal_mode', { simple: true })),
      synchronous: SYNCHRONOUS[synchronous] ?? 'FULL',
      busyTimeoutMs: this.#db.pragma('busy_timeout', { simple: true }) as number,
      schemaVersion: schemaVersionOf(this.#db),
      walAutocheckpoint: this.#db.pragma('wal_autocheckpoint', { simple: true }) as number,
      walCheckpointThread: this.#walCheckpointer?.running ?? false,
    };
  }

  /**
   * Closes the connection, after the checkpoint thread's, so that this one, the last, copies the
   * WAL into the file and removes it; later calls reject. Closing twice is harmless.
   */
  async close(): Promise<void> {
    await this.#walCheckpointer?.close();
    if (this.#db.open) this.#db.close();
  }

  static {
    construct = (db, options) => new SqliteEventStore(db, options);
  }
}

/** Opens with internal connection options too (tests pass `verbose` to count queries). */
export const openStore = async (
  options: SqliteStoreOptions & Pick<ConnectionOptions, 'verbose'>,
): Promise<Either<StoreUnavailable, SqliteEventStore>> => {
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const synchronous = options.synchronous ?? 'FULL';
  let db: Database.Database;
  try {
    db = openConnection({
      path: options.path,
      synchronous,
      busyTimeoutMs,
      ...(options.verbose ? { verbose: options.verbose } : {}),
    });
  } catch (error) {
    return left(openFailure(options.path, error));
  }
  return right(
    construct(db, {
      path: options.path,
      busyTimeoutMs,
      clock: options.clock ?? systemClock,
      newEventId: options.newEventId ?? uuidV7,
      verifyThreads: db.memory ? undefined : verifyThreadsOf(options.verifyThreads),
      walCheckpointer:
        db.memory || !(options.walCheckpointThread ?? availableParallelism() > 1)
          ? undefined
          : walCheckpointer(db, { path: options.path, synchronous }),
    }),
  );
};

/**
 * Opens (creating if needed) a SQLite store: WAL journal, `synchronous=FULL` unless asked
 * otherwise, schema migrated to the latest version. A file that cannot be opened, is not a
 * database, or was written by a newer schema comes back as `StoreUnavailable` naming the path.
 */
export const openSqliteStore: (options: SqliteStoreOptions) => Promise<Either<StoreUnavailable, SqliteEventStore>> =
  openStore;
