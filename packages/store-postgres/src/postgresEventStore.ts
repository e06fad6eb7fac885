import {
  type AppendError,
  type AppendOptions,
  type AppendResult,
  type ChainLink,
  type Clock,
  type CommandRecord,
  checkStreamId,
  DEFAULT_HEAD_CACHE_SIZE,
  EMPTY_HEAD,
  type EventIdGenerator,
  type EventStore,
  type EventToAppend,
  type ExpectedVersion,
  type HeadCache,
  headCache,
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
import { type AppendContext, appendInTransaction } from './append';
import { readChainLinksFrom } from './chainLinks';
import type { ConnectionTarget } from './connection';
import type { Db } from './db';
import { rethrow } from './errors';
import { appendInOneRoundTrip, type FastAppendContext } from './fastAppend';
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
import { rewindableIds } from './rewindableIds';
import { rowToEvent } from './rows';
import { runPreparedOnPool } from './runPrepared';
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
  /** Most stream heads remembered for one-round-trip appends; default 10,000. */
  readonly headCacheSize?: number;
}

/**
 * An event store in one PostgreSQL schema, over a connection pool. Appends are serialised by a
 * lock on the log head row so global positions commit in order (see docs/stores.md for the cost).
 * An append whose stream head this instance knows (from its own appends and reads) is one
 * statement, `append_events`; the others, and those whose knowledge turns out stale, run the
 * transactional path. Open it with {@link openPostgresStore}, which creates or migrates the schema.
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
  readonly #heads: HeadCache;
  readonly #fast: FastAppendContext;
  readonly #slow: AppendContext;
  #closed: Promise<void> | undefined;

  /** @internal Use {@link openPostgresStore}, which creates or migrates the schema first. */
  constructor(parts: PostgresEventStoreParts) {
    this.#pool = parts.pool;
    this.#t = parts.tables;
    this.#target = parts.target;
    this.#listener = parts.listener;
    this.#heads = headCache(parts.headCacheSize ?? DEFAULT_HEAD_CACHE_SIZE);
    const ids = rewindableIds(parts.newEventId);
    this.#slow = { tables: parts.tables, clock: parts.clock, newEventId: ids.next };
    this.#fast = { ...this.#slow, run: runPreparedOnPool(parts.pool), heads: this.#heads, ids };
  }

  /** The schema this store lives in. */
  get schema(): string {
    return this.#t.schema;
  }

  /** Where the store lives, without the password. */
  get location(): string {
    return this.#target.location;
  }

  async appendToStream(
    streamId: string,
    expected: ExpectedVersion,
    events: readonly EventToAppend[],
    options: AppendOptions = {},
  ): Promise<Either<AppendError, AppendResult>> {
    const id = checkStreamId(streamId, options.allowReservedStream === true);
    if (isLeft(id)) return id;
    const fast = await this.#guard(() => appendInOneRoundTrip(this.#fast, streamId, expected, events, options));
    if (fast !== undefined) return fast;
    const slow = await inTransaction(
      this.#pool,
      this.#target,
      (db) => appendInTransaction(db, this.#slow, streamId, expected, events, options),
      isRight,
    );
    this.#learnFromAppend(streamId, slow);
    return slow;
  }

  async readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<Either<ReadStreamError, readonly RecordedEvent[]>> {
    const id = checkStreamId(streamId, true);
    if (isLeft(id)) return id;
    const from = Math.max(1, options.fromVersion ?? 1);
    const to = options.toVersion ?? Number.MAX_SAFE_INTEGER;
    const rows = await this.#guard(() => selectStreamEvents(this.#pool, this.#t, streamId, from, to));
    const events: RecordedEvent[] = [];
    for (const row of rows) {
      const event = rowToEvent(row);
      if (isLeft(event)) return left(event.left);
      events.push(event.right);
    }
    this.#learnFromRead(streamId, events, from, options.toVersion);
    return right(events);
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    return readAllFrom(this.#pool, this.#t, this.#target, options);
  }

  /** The hash input rebuilt by the server from the stored columns, so `verify` parses no JSON. */
  readChainLinks(options?: { after?: number; batchSize?: number }): AsyncIterable<readonly ChainLink[]> {
    return readChainLinksFrom(this.#pool, this.#t, this.#target, options);
  }

  async importRecorded(events: readonly RecordedEvent[]): Promise<Either<ImportError, number>> {
    const imported = await inTransaction(
      this.#pool,
      this.#target,
      (db) => importInTransaction(db, this.#t, events),
      isRight,
    );
    if (isRight(imported)) {
      for (const e of events) this.#heads.learn(e.streamId, { version: e.streamVersion, hash: e.hash });
      this.#heads.sawRecordedAt(events[events.length - 1]?.recordedAt);
    }
    return imported;
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

  /** The transactional path reads the real head: remember it, or drop a belief it refuted. */
  #learnFromAppend(streamId: string, result: Either<AppendError, AppendResult>): void {
    if (isLeft(result)) {
      const refused = result.left;
      if (refused._tag === 'ConcurrencyConflict' && this.#heads.get(streamId)?.version !== refused.actual)
        this.#heads.forget(streamId);
      return;
    }
    const last = result.right.events[result.right.events.length - 1];
    if (last !== undefined) {
      this.#heads.learn(streamId, { version: last.streamVersion, hash: last.hash });
      this.#heads.sawRecordedAt(last.recordedAt);
    } else if (result.right.nextExpectedVersion === 0) this.#heads.learn(streamId, EMPTY_HEAD);
  }

  /**
   * A read that reached the end of the stream shows its head (as of the read: a later append
   * elsewhere only makes the belief stale, which the fast path detects).
   */
  #learnFromRead(streamId: string, events: readonly RecordedEvent[], from: number, to: number | undefined): void {
    const last = events[events.length - 1];
    if (last === undefined) {
      if (from <= 1 && (to === undefined || to >= 1)) this.#heads.learn(streamId, EMPTY_HEAD);
      return;
    }
    if (to !== undefined && last.streamVersion >= to) return;
    this.#heads.learn(streamId, { version: last.streamVersion, hash: last.hash });
    this.#heads.sawRecordedAt(last.recordedAt);
  }

  async #guard<T>(work: (db: Db) => Promise<T>): Promise<T> {
    try {
      return await work(this.#pool);
    } catch (error) {
      return rethrow(error, this.#target);
    }
  }
}
