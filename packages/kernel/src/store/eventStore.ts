import type { Either } from 'fp-ts/lib/Either.js';
import type { ConcurrencyConflict } from '../errors/concurrencyConflict';
import type { CorruptEvent } from '../errors/corruptEvent';
import type { DuplicateCommand } from '../errors/duplicateCommand';
import type { InvalidEvent } from '../errors/invalidEvent';
import type { InvalidStreamId } from '../errors/invalidStreamId';
import type { EventToAppend, RecordedEvent } from '../events/event';
import type { ChainLink } from './chainLink';
import type { CommandRecord, CommandToRecord } from './commandRecord';
import type { ExpectedVersion } from './expectedVersion';
import type { ProjectionStateStore } from './projectionStateStore';
import type { SnapshotStore } from './snapshotStore';
import type { StoreCapabilities } from './storeCapabilities';

export interface AppendOptions {
  /** Records the command atomically with its events; a second append with the same id is refused. */
  readonly command?: CommandToRecord;
  /** Lets the library itself write to `$innoledger:` streams (seals). */
  readonly allowReservedStream?: boolean;
}

export interface AppendResult {
  readonly streamId: string;
  /** The stream's version after the append: pass it as the next expected version. */
  readonly nextExpectedVersion: number;
  /** Global position of the last appended event (the store's head position if none). */
  readonly lastGlobalPosition: number;
  readonly events: readonly RecordedEvent[];
}

export type AppendError = ConcurrencyConflict | InvalidEvent | InvalidStreamId | DuplicateCommand;
export type ReadStreamError = InvalidStreamId | CorruptEvent;

/** Why an import was refused; nothing of the refused batch is written. */
export interface ImportError {
  readonly _tag: 'ImportRefused';
  readonly reason: 'version-gap' | 'invalid-stream-id';
  readonly streamId: string;
  readonly streamVersion: number;
}

export interface ReadStreamOptions {
  /** First version to return (inclusive); default 1. */
  readonly fromVersion?: number;
  /** Last version to return (inclusive); default the head. */
  readonly toVersion?: number;
}

export interface ReadAllOptions {
  /** Return events with globalPosition > after; default 0 (from the start). */
  readonly after?: number;
  /** Stop after this position (inclusive). */
  readonly toPosition?: number;
  /** Stop before the first event recorded after this UTC instant: "what did we know then". */
  readonly recordedUpTo?: string;
  /** Rows fetched per round trip; memory stays flat whatever the history's length. */
  readonly batchSize?: number;
}

/**
 * The port every store adapter implements. Outcomes a caller handles come back as values
 * (`Left`); defects (a lost connection, a bug) reject the promise.
 */
export interface EventStore {
  readonly capabilities: StoreCapabilities;
  /** All-or-nothing: either every event is stored with consecutive versions, or none is. */
  appendToStream(
    streamId: string,
    expected: ExpectedVersion,
    events: readonly EventToAppend[],
    options?: AppendOptions,
  ): Promise<Either<AppendError, AppendResult>>;
  /** The stream's events in version order; an unknown stream is an empty list. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<Either<ReadStreamError, readonly RecordedEvent[]>>;
  /**
   * Every event in global order, fetched in batches. A stored row that cannot be read throws a
   * `CorruptEventError` (an iterator has no other way to stop with a reason); the projection
   * runner and `verify` turn it back into a value.
   */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  /**
   * Copies events recorded elsewhere verbatim (ids, versions, times, metadata, hashes), in the
   * order given, each taking the next global position. For migration and audit bundles: it checks
   * only that each event continues its stream's versions (all-or-nothing per call); `verify`
   * afterwards proves the copy. Returns the new head position.
   */
  importRecorded(events: readonly RecordedEvent[]): Promise<Either<ImportError, number>>;
  /**
   * Optional: every event's {@link ChainLink} in global order, in batches, up to the head position
   * when reading starts. A store that can rebuild the hashed text from its columns offers it, and
   * `verify` uses it instead of `readAll`; a link whose text does not hash right is re-read the
   * ordinary way before anything is reported, so a store's text may differ only at a cost in speed.
   */
  readChainLinks?(options?: {
    readonly after?: number;
    readonly batchSize?: number;
  }): AsyncIterable<readonly ChainLink[]>;
  /** Global position of the last stored event (0 for an empty store). */
  headPosition(): Promise<number>;
  /** The record of a handled command, if this store has seen its id. */
  findCommand(commandId: string): Promise<CommandRecord | undefined>;
  /**
   * Resolves when an event with a position > `after` may exist, or after `timeoutMs` at the latest.
   * Stores with push notifications (PostgreSQL LISTEN/NOTIFY) implement it; `subscribe` polls
   * without it.
   */
  waitForAppend?(after: number, timeoutMs: number): Promise<void>;
  readonly snapshots: SnapshotStore;
  readonly projections: ProjectionStateStore;
  close(): Promise<void>;
}
