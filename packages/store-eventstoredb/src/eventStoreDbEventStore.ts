import { type EventStoreDBClient, FORWARDS } from '@eventstore/db-client';
import {
  type AppendError,
  type AppendOptions,
  type AppendResult,
  type Clock,
  type CommandRecord,
  checkStreamId,
  concurrencyConflict,
  duplicateCommand,
  EMPTY_HEAD,
  type EventIdGenerator,
  type EventStore,
  type EventToAppend,
  type ExpectedVersion,
  type ImportError,
  importRefused,
  matchesExpectedVersion,
  type ProjectionStateStore,
  prepareAppend,
  type ReadAllOptions,
  type ReadStreamError,
  type ReadStreamOptions,
  type RecordedEvent,
  type SnapshotStore,
  type StoreCapabilities,
  systemClock,
  uuidV7,
} from '@innoledger/kernel';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { readClaim, releaseClaim, settledClaim, writeClaim } from './commandClaims';
import { isStreamNotFound } from './errors';
import { HistoryIndex } from './historyIndex';
import { readHistory } from './readHistory';
import { versionToRevision } from './revision';
import type { Server } from './server';
import { projectionStateStore, snapshotStore } from './stateStores';
import { readStreamHead } from './streamHead';
import { streamNaming } from './streamNames';
import { MAX_APPEND_BYTES } from './toEventData';
import { toRecordedEvent } from './toRecordedEvent';
import { waitForHistoryEvent } from './waitForHistoryEvent';
import { importEvents, toOutgoing, writeEvents } from './writeEvents';

export interface EventStoreDbEventStoreOptions {
  /** Keeps this store's streams apart from other stores on the same server (see streamNaming). */
  readonly namespace?: string;
  readonly clock?: Clock;
  readonly newEventId?: EventIdGenerator;
}

/**
 * Attempts of one append. Every append goes to the exact head revision it chained to, so a racing
 * writer makes it retry; with `'any'` (or a still-met `'stream_exists'`) it then chains to the new
 * head. Each lost race means another writer won, so this bound is only reached under heavy, lasting
 * contention on one stream.
 */
const MAX_APPEND_ATTEMPTS = 100;
/** How long another writer's unconfirmed command claim is waited for before it counts as abandoned. */
const CLAIM_LEASE_MS = 60_000;
/** Deadline of an append carrying a claimed command: well within the lease, so it cannot land after it. */
const CLAIMED_APPEND_DEADLINE_MS = 20_000;

/** A short random pause after a lost race, so racing writers spread out. */
const backoff = (attempt: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 2 * attempt)));

/**
 * The `EventStore` port on EventStoreDB. Each stream is a server stream; our envelope (ids, times,
 * hashes, metadata) is the server event's metadata; global positions number the history events of
 * `$all` 1..n in the server's own order, through an index this process keeps (see PositionIndex).
 * Open it with `openEventStoreDbStore`.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly capabilities: StoreCapabilities = {
    atomicViewCheckpoint: true,
    monotonicRecordedAt: false,
    maxAppendBytes: MAX_APPEND_BYTES,
  };
  readonly snapshots: SnapshotStore;
  readonly projections: ProjectionStateStore;
  readonly #server: Server;
  readonly #clock: Clock;
  readonly #newEventId: EventIdGenerator;
  readonly #index: HistoryIndex;

  constructor(client: EventStoreDBClient, options: EventStoreDbEventStoreOptions = {}) {
    this.#server = { client, naming: streamNaming(options.namespace) };
    this.#clock = options.clock ?? systemClock;
    this.#newEventId = options.newEventId ?? uuidV7;
    this.#index = new HistoryIndex(this.#server);
    this.snapshots = snapshotStore(this.#server);
    this.projections = projectionStateStore(this.#server);
  }

  /** Numbers the history up to now; `openEventStoreDbStore` calls it to connect. */
  catchUp(): Promise<void> {
    return this.#index.catchUp();
  }

  async appendToStream(
    streamId: string,
    expected: ExpectedVersion,
    events: readonly EventToAppend[],
    options: AppendOptions = {},
  ): Promise<Either<AppendError, AppendResult>> {
    const id = checkStreamId(streamId, options.allowReservedStream === true);
    if (isLeft(id)) return id;
    const command = options.command;
    let head = EMPTY_HEAD;
    for (let attempt = 1; attempt <= MAX_APPEND_ATTEMPTS; attempt++) {
      if (attempt > 1) await backoff(attempt);
      head = await readStreamHead(this.#server, streamId);
      if (!matchesExpectedVersion(expected, head.version))
        return left(concurrencyConflict(streamId, expected, head.version));
      const claim = command ? await settledClaim(this.#server, command.commandId, CLAIM_LEASE_MS) : undefined;
      if (claim?.confirmed && claim.record) return left(duplicateCommand(claim.record));
      const prepared = prepareAppend(streamId, events, {
        head,
        nextGlobalPosition: this.#index.length + 1,
        lastRecordedAt: this.#index.lastRecordedAt,
        clock: this.#clock,
        newEventId: this.#newEventId,
      });
      if (isLeft(prepared)) return prepared;
      const recorded = prepared.right.events;
      const outgoing = toOutgoing(streamId, recorded, command?.commandId);
      if (isLeft(outgoing)) return outgoing;
      let claimRevision: bigint | undefined;
      if (command) {
        const record = {
          ...command,
          streamId,
          versionBefore: head.version,
          versionAfter: head.version + recorded.length,
        };
        claimRevision = await writeClaim(this.#server, record, claim?.lastRevision);
        if (claimRevision === undefined) continue;
      }
      if (recorded.length === 0)
        return right({
          streamId,
          nextExpectedVersion: head.version,
          lastGlobalPosition: await this.headPosition(),
          events: [],
        });
      const written = await writeEvents(
        this.#server,
        streamId,
        expected,
        head,
        outgoing.right,
        recorded[0]?.type ?? '',
        {
          ...(command ? { deadline: CLAIMED_APPEND_DEADLINE_MS } : {}),
        },
      );
      if (written !== 'written' && command && claimRevision !== undefined)
        await releaseClaim(this.#server, command.commandId, claimRevision);
      if (written === 'conflict') continue;
      if (written !== 'written') return left(written);
      const positioned = await this.#withPositions(streamId, head.version, recorded);
      const last = positioned[positioned.length - 1];
      this.#index.noteRecordedAt(last?.recordedAt);
      return right({
        streamId,
        nextExpectedVersion: head.version + positioned.length,
        lastGlobalPosition: last?.globalPosition ?? this.#index.length,
        events: positioned,
      });
    }
    return left(concurrencyConflict(streamId, expected, head.version));
  }

  /** Reads back the events just appended for their log positions, and numbers them. */
  async #withPositions(
    streamId: string,
    versionBefore: number,
    events: readonly RecordedEvent[],
  ): Promise<RecordedEvent[]> {
    const positions: number[] = [];
    const read = this.#server.client.readStream(this.#server.naming.toServer(streamId), {
      fromRevision: versionToRevision(versionBefore + 1),
      direction: FORWARDS,
      maxCount: events.length,
      requiresLeader: true,
    });
    for await (const resolved of read) {
      if (resolved.event) positions.push(await this.#index.globalPositionOf(resolved.event.position, streamId));
    }
    if (positions.length !== events.length)
      throw new Error(
        `read back ${positions.length} of ${events.length} events appended to ${JSON.stringify(streamId)}`,
      );
    return events.map((event, i) => ({ ...event, globalPosition: positions[i] as number }));
  }

  async readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<Either<ReadStreamError, readonly RecordedEvent[]>> {
    const id = checkStreamId(streamId, true);
    if (isLeft(id)) return id;
    const from = Math.max(1, options.fromVersion ?? 1);
    const to = options.toVersion;
    if (to !== undefined && to < from) return right([]);
    const read = this.#server.client.readStream(this.#server.naming.toServer(streamId), {
      fromRevision: versionToRevision(from),
      direction: FORWARDS,
      ...(to === undefined ? {} : { maxCount: to - from + 1 }),
    });
    const out: RecordedEvent[] = [];
    try {
      for await (const resolved of read) {
        const record = resolved.event;
        if (record === undefined) continue;
        const decoded = toRecordedEvent(
          record,
          streamId,
          await this.#index.globalPositionOf(record.position, streamId),
        );
        if (isLeft(decoded)) {
          await read.cancel().catch(() => undefined);
          return decoded;
        }
        out.push(decoded.right);
      }
    } catch (error) {
      if (isStreamNotFound(error)) return right([]);
      throw error;
    }
    return right(out);
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    return readHistory(this.#server, this.#index, options);
  }

  async importRecorded(events: readonly RecordedEvent[]): Promise<Either<ImportError, number>> {
    const versions = new Map<string, number>();
    for (const event of events) {
      if (isLeft(checkStreamId(event.streamId, true))) return left(importRefused('invalid-stream-id', event));
      const current = versions.get(event.streamId) ?? (await readStreamHead(this.#server, event.streamId)).version;
      if (event.streamVersion !== current + 1) return left(importRefused('version-gap', event));
      versions.set(event.streamId, event.streamVersion);
    }
    await importEvents(this.#server, events);
    return right(await this.headPosition());
  }

  async headPosition(): Promise<number> {
    await this.#index.catchUp();
    return this.#index.length;
  }

  async findCommand(commandId: string): Promise<CommandRecord | undefined> {
    const claim = await readClaim(this.#server, commandId);
    return claim.confirmed ? claim.record : undefined;
  }

  /** Follows `$all` with the client's subscription until one of our events arrives past `after`. */
  async waitForAppend(after: number, timeoutMs: number): Promise<void> {
    await this.#index.catchUp();
    if (this.#index.length > after) return;
    await waitForHistoryEvent(this.#server, this.#index.scanned, timeoutMs);
  }

  async close(): Promise<void> {
    await this.#server.client.dispose();
  }
}
