import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { concurrencyConflict } from '../errors/concurrencyConflict';
import { duplicateCommand } from '../errors/duplicateCommand';
import type { EventToAppend, RecordedEvent } from '../events/event';
import { type EventIdGenerator, uuidV7 } from '../ids/eventIds';
import type { CommandRecord } from '../store/commandRecord';
import type {
  AppendError,
  AppendOptions,
  AppendResult,
  EventStore,
  ImportError,
  ReadAllOptions,
  ReadStreamError,
  ReadStreamOptions,
} from '../store/eventStore';
import { type ExpectedVersion, matchesExpectedVersion } from '../store/expectedVersion';
import { importRefused } from '../store/importRefused';
import { EMPTY_HEAD, prepareAppend } from '../store/prepareAppend';
import type { ProjectionState, ProjectionStateStore } from '../store/projectionStateStore';
import type { Snapshot, SnapshotStore } from '../store/snapshotStore';
import type { StoreCapabilities } from '../store/storeCapabilities';
import { checkStreamId } from '../store/streamId';
import { type Clock, systemClock } from '../time/clock';

export interface InMemoryEventStoreOptions {
  readonly clock?: Clock;
  readonly newEventId?: EventIdGenerator;
  /** Refuse appends above this many bytes, as a database with a packet limit would; default none. */
  readonly maxAppendBytes?: number;
}

const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    // for…in walks the keys without building an array of values per object.
    for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
};

/**
 * The reference store: everything in arrays and maps, nothing survives the process. Events are
 * deep-frozen so a caller mutating what it read cannot change history.
 */
export class InMemoryEventStore implements EventStore {
  readonly capabilities: StoreCapabilities;
  readonly #log: RecordedEvent[] = [];
  readonly #streams = new Map<string, RecordedEvent[]>();
  readonly #commands = new Map<string, CommandRecord>();
  readonly #snapshots = new Map<string, string>();
  readonly #views = new Map<string, string>();
  readonly #clock: Clock;
  readonly #newEventId: EventIdGenerator;

  constructor(options: InMemoryEventStoreOptions = {}) {
    this.#clock = options.clock ?? systemClock;
    this.#newEventId = options.newEventId ?? uuidV7;
    this.capabilities = {
      atomicViewCheckpoint: true,
      monotonicRecordedAt: true,
      maxAppendBytes: options.maxAppendBytes,
    };
  }

  async appendToStream(
    streamId: string,
    expected: ExpectedVersion,
    events: readonly EventToAppend[],
    options: AppendOptions = {},
  ): Promise<Either<AppendError, AppendResult>> {
    const id = checkStreamId(streamId, options.allowReservedStream === true);
    if (isLeft(id)) return id;
    const stream = this.#streams.get(streamId) ?? [];
    const last = stream[stream.length - 1];
    const head = last ? { version: last.streamVersion, hash: last.hash } : EMPTY_HEAD;
    if (!matchesExpectedVersion(expected, head.version))
      return left(concurrencyConflict(streamId, expected, head.version));
    if (options.command) {
      const existing = this.#commands.get(options.command.commandId);
      if (existing) return left(duplicateCommand(existing));
    }
    const prepared = prepareAppend(streamId, events, {
      head,
      nextGlobalPosition: this.#log.length + 1,
      lastRecordedAt: this.#log[this.#log.length - 1]?.recordedAt,
      clock: this.#clock,
      newEventId: this.#newEventId,
      maxAppendBytes: this.capabilities.maxAppendBytes,
    });
    if (isLeft(prepared)) return prepared;
    const recorded = prepared.right.events.map(deepFreeze);
    for (const event of recorded) {
      this.#log.push(event);
      stream.push(event);
    }
    if (stream.length > 0) this.#streams.set(streamId, stream);
    if (options.command) {
      this.#commands.set(options.command.commandId, {
        ...options.command,
        streamId,
        versionBefore: head.version,
        versionAfter: head.version + recorded.length,
      });
    }
    return right({
      streamId,
      nextExpectedVersion: head.version + recorded.length,
      lastGlobalPosition: this.#log.length,
      events: recorded,
    });
  }

  async readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<Either<ReadStreamError, readonly RecordedEvent[]>> {
    const id = checkStreamId(streamId, true);
    if (isLeft(id)) return id;
    const stream = this.#streams.get(streamId) ?? [];
    const from = Math.max(1, options.fromVersion ?? 1);
    const to = Math.min(stream.length, options.toVersion ?? stream.length);
    return right(stream.slice(from - 1, Math.max(from - 1, to)));
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const end = Math.min(this.#log.length, options.toPosition ?? this.#log.length);
    for (let i = Math.max(0, options.after ?? 0); i < end; i++) {
      const event = this.#log[i] as RecordedEvent;
      if (options.recordedUpTo !== undefined && event.recordedAt > options.recordedUpTo) return;
      yield event;
    }
  }

  async importRecorded(events: readonly RecordedEvent[]): Promise<Either<ImportError, number>> {
    const versions = new Map<string, number>();
    for (const e of events) {
      if (isLeft(checkStreamId(e.streamId, true))) return left(importRefused('invalid-stream-id', e));
      const current = versions.get(e.streamId) ?? this.#streams.get(e.streamId)?.length ?? 0;
      if (e.streamVersion !== current + 1) return left(importRefused('version-gap', e));
      versions.set(e.streamId, e.streamVersion);
    }
    for (const e of events) {
      const event = deepFreeze({ ...structuredClone(e), globalPosition: this.#log.length + 1 });
      this.#log.push(event);
      const stream = this.#streams.get(e.streamId) ?? [];
      stream.push(event);
      this.#streams.set(e.streamId, stream);
    }
    return right(this.#log.length);
  }

  async headPosition(): Promise<number> {
    return this.#log.length;
  }

  async findCommand(commandId: string): Promise<CommandRecord | undefined> {
    return this.#commands.get(commandId);
  }

  // Snapshots and views are kept as JSON text, exactly as a database would hold them, so a decider
  // or projection that relies on non-JSON values in its state fails here as it would on SQLite.
  readonly snapshots: SnapshotStore = {
    load: async (streamId, name) => {
      const text = this.#snapshots.get(`${name}\u0000${streamId}`);
      return text === undefined ? undefined : (JSON.parse(text) as Snapshot);
    },
    save: async (streamId, name, snapshot) => {
      this.#snapshots.set(`${name}\u0000${streamId}`, JSON.stringify(snapshot));
    },
  };

  readonly projections: ProjectionStateStore = {
    load: async (name, version) => {
      const text = this.#views.get(`${name}@${version}`);
      return text === undefined ? undefined : (JSON.parse(text) as ProjectionState);
    },
    save: async (name, version, state) => {
      this.#views.set(`${name}@${version}`, JSON.stringify(state));
    },
  };

  async close(): Promise<void> {}
}
