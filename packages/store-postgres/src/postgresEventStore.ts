import {
  type AppendError,
  type AppendOptions,
  type AppendResult,
  type Clock,
  type CommandRecord,
  checkStreamId,
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
} from '@innoledger/kernel';
import { type Either, isLeft, isRight, left, right } from 'fp-ts/lib/Either.js';
import type { Pool } from 'pg';
import { appendInTransaction } from './append';
import type { ConnectionTarget } from './connection';
import type { Db } from './db';
import { rethrow } from './errors';
import { importInTransaction } from './importRecorded';
import type { AppendListener } from './listener';
import { loadProjection } from './operations/loadProjection';
import { loadSnapshot } from './operations/loadSnapshot';
import { saveProjection } from './operations/saveProjection';
import { saveSnapshot } from './operations/saveSnapshot';
import { selectCommand } from './operations/selectCommand';
import { selectHeadPosition } from './operations/selectHeadPosition';
import { selectStreamEvents } from './operations/selectStreamEvents';
import { readAllFrom } from './readAll';
import { rowToEvent } from './rows';
import type { Tables } from './tables';
import { inTransaction } from './transaction';

/** What {@link PostgresEventStore} is built from; {@link openPostgresStore} assembles it. */
export interface PostgresEventStoreParts {
  readonly pool: Pool;
  readonly tables: Tables;
  readonly target: ConnectionTarget;
  readonly listener: AppendListener;
  readonly clock: Clock;
  readonly newEventId: EventIdGenerator;
}

/**
 * An event store in one PostgreSQL schema, over a connection pool. Appends are serialised by a
 * lock on the log head row so global positions commit in order (see docs/stores.md for the cost).
 * Open it with {@link openPostgresStore}, which creates or migrates the schema first.
 */
export class PostgresEventStore implements EventStore {
  readonly capabilities: StoreCapabilities = {
    atomicViewCheckpoint: true,
    monotonicRecordedAt: true,
    maxAppendBytes: undefined,
  };
  readonly #pool: Pool;
  readonly #t: Tables;
  readonly #target: ConnectionTarget;
  readonly #listener: AppendListener;
  readonly #clock: Clock;
  readonly #newEventId: EventIdGenerator;
  #closed: Promise<void> | undefined;

  /** @internal Use {@link openPostgresStore}, which creates or migrates the schema first. */
  constructor(parts: PostgresEventStoreParts) {
    this.#pool = parts.pool;
    this.#t = parts.tables;
    this.#target = parts.target;
    this.#listener = parts.listener;
    this.#clock = parts.clock;
    this.#newEventId = parts.newEventId;
  }

  /** The schema this store lives in. */
  get schema(): string {
    return this.#t.schema;
  }

  /** Where the store lives, without the password. */
  get location(): string {
    return this.#target.location;
  }

  appendToStream(
    streamId: string,
    expected: ExpectedVersion,
    events: readonly EventToAppend[],
    options: AppendOptions = {},
  ): Promise<Either<AppendError, AppendResult>> {
    const ctx = { tables: this.#t, clock: this.#clock, newEventId: this.#newEventId };
    return inTransaction(
      this.#pool,
      this.#target,
      (db) => appendInTransaction(db, ctx, streamId, expected, events, options),
      isRight,
    );
  }

  async readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<Either<ReadStreamError, readonly RecordedEvent[]>> {
    const id = checkStreamId(streamId, true);
    if (isLeft(id)) return id;
    const from = Math.max(1, options.fromVersion ?? 1);
    const to = options.toVersion ?? Number.MAX_SAFE_INTEGER;
    const rows = await this.#guard((db) => selectStreamEvents(db, this.#t, streamId, from, to));
    const events: RecordedEvent[] = [];
    for (const row of rows) {
      const event = rowToEvent(row);
      if (isLeft(event)) return left(event.left);
      events.push(event.right);
    }
    return right(events);
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    return readAllFrom(this.#pool, this.#t, this.#target, options);
  }

  importRecorded(events: readonly RecordedEvent[]): Promise<Either<ImportError, number>> {
    return inTransaction(this.#pool, this.#target, (db) => importInTransaction(db, this.#t, events), isRight);
  }

  headPosition(): Promise<number> {
    return this.#guard((db) => selectHeadPosition(db, this.#t));
  }

  findCommand(commandId: string): Promise<CommandRecord | undefined> {
    return this.#guard((db) => selectCommand(db, this.#t, commandId));
  }

  /** Woken by NOTIFY from the append transaction, on a dedicated listening connection. */
  async waitForAppend(after: number, timeoutMs: number): Promise<void> {
    try {
      await this.#listener.wait(after, timeoutMs, async () => (await this.headPosition()) > after);
    } catch (error) {
      rethrow(error, this.#target);
    }
  }

  readonly snapshots: SnapshotStore = {
    load: (streamId, name) => this.#guard((db) => loadSnapshot(db, this.#t, streamId, name)),
    save: (streamId, name, snapshot) => this.#guard((db) => saveSnapshot(db, this.#t, streamId, name, snapshot)),
  };

  readonly projections: ProjectionStateStore = {
    load: (name, version) => this.#guard((db) => loadProjection(db, this.#t, name, version)),
    save: (name, version, state) => this.#guard((db) => saveProjection(db, this.#t, name, version, state)),
  };

  /** Ends the listener and the pool; calling it again waits for the first call. */
  close(): Promise<void> {
    this.#closed ??= (async () => {
      await this.#listener.close();
      await this.#pool.end();
    })();
    return this.#closed;
  }

  async #guard<T>(work: (db: Db) => Promise<T>): Promise<T> {
    try {
      return await work(this.#pool);
    } catch (error) {
      return rethrow(error, this.#target);
    }
  }
}
