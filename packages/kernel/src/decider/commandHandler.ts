import { createHash } from 'node:crypto';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { type CommandIdReused, commandIdReused } from '../errors/commandIdReused';
import { type CommandRejected, commandRejected } from '../errors/commandRejected';
import { type ConcurrencyConflict, concurrencyConflict } from '../errors/concurrencyConflict';
import type { CorruptEvent } from '../errors/corruptEvent';
import { type InvalidEvent, invalidEvent } from '../errors/invalidEvent';
import type { InvalidStreamId } from '../errors/invalidStreamId';
import {
  type Command,
  type Event,
  type EventMetadata,
  type EventToAppend,
  type RecordedEvent,
  withData,
} from '../events/event';
import type { EventRegistry } from '../events/registry';
import { canonicalJson } from '../history/canonicalJson';
import type { CommandRecord } from '../store/commandRecord';
import type { EventStore } from '../store/eventStore';
import { type ExpectedVersion, matchesExpectedVersion } from '../store/expectedVersion';
import type { Decider } from './decider';
import { decodeAll, foldEvents, loadAggregate, type SnapshotPolicy } from './loadAggregate';
import { type CachedState, createStateCache } from './stateCache';

export interface CommandHandlerConfig<C extends Command, E extends Event, S, R> {
  readonly decider: Decider<C, E, S, R>;
  readonly registry: EventRegistry<E>;
  /** The business date of each event; deciders put it in the command, never read a clock. */
  readonly occurredAt: (event: E, command: C) => string;
  readonly snapshot?: SnapshotPolicy<S>;
  /** Attempts on a version conflict before giving up with the conflict; default 5. */
  readonly maxAttempts?: number;
  /**
   * How many streams' states the handler keeps between commands, per store (least recently used
   * dropped first); default 10,000, 0 turns the cache off. A cached state saves reading and
   * decoding the stream again; it is only ever trusted as far as the append's expected-version
   * check, so another writer's events are never missed, and a stream found shorter than the cached
   * state (a store restored from a backup) is loaded again. States must be treated as immutable values
   * (as `evolve` returns them): the handler returns the cached object itself.
   */
  readonly cachedStreams?: number;
}

/** Who sent the command and why (copied into every event's metadata), and what it expects. */
export interface CommandContext extends Omit<EventMetadata, 'commandId'> {
  /** Makes handling idempotent: the same id handled twice appends once. */
  readonly commandId?: string;
  /**
   * The caller's precondition on the stream, as for `appendToStream`; not copied into the metadata.
   * An exact one (a version, or `'no_stream'`) that does not hold is a `ConcurrencyConflict`,
   * returned rather than retried. `'no_stream'` (or 0) reads nothing when the stream is not cached:
   * a new stream's state is the decider's initial state, and the append's check refuses the
   * command if the stream exists after all. Default `'any'`: conflicts are retried.
   */
  readonly expectedVersion?: ExpectedVersion;
}

export interface HandledCommand<E extends Event, S> {
  readonly streamId: string;
  readonly events: readonly RecordedEvent<E>[];
  readonly state: S;
  readonly version: number;
  /** True when this call found the command already handled and returned the first result. */
  readonly duplicate: boolean;
}

export type HandleError<R> =
  | CommandRejected<R>
  | ConcurrencyConflict
  | CorruptEvent
  | InvalidEvent
  | InvalidStreamId
  | CommandIdReused;

export type CommandHandler<C extends Command, E extends Event, S, R> = (
  store: EventStore,
  streamId: string,
  command: C,
  context?: CommandContext,
) => Promise<Either<HandleError<R>, HandledCommand<E, S>>>;

const NO_CONTEXT: CommandContext = Object.freeze({});

const metadataOf = (context: CommandContext): EventMetadata => {
  if (context.expectedVersion === undefined) return context;
  const { expectedVersion: _, ...metadata } = context;
  return metadata;
};

/**
 * The events a handled command returns, carrying the domain's own values. Where every codec stored
 * its event's data as it is, the store's copy is that value as JSON holds it, and the store's events
 * are returned without a copy; otherwise each is copied with the decided data in place of its
 * stored form.
 */
const withDecidedData = <E extends Event>(
  recorded: readonly RecordedEvent[],
  decided: readonly E[],
  stored: readonly EventToAppend[],
): readonly RecordedEvent<E>[] =>
  decided.every((e, i) => stored[i]?.data === e.data)
    ? (recorded as readonly RecordedEvent<E>[])
    : recorded.map((e, i) => withData(e, (decided[i] as E).data) as RecordedEvent<E>);

/** An expectation that retrying cannot change: the stream is at that version or it is not. */
const isExact = (expected: ExpectedVersion): boolean => typeof expected === 'number' || expected === 'no_stream';

const expectsNew = (expected: ExpectedVersion): boolean => expected === 'no_stream' || expected === 0;

const fingerprintOf = (streamId: string, command: Command): string =>
  createHash('sha256').update(canonicalJson({ streamId, command })).digest('hex');

/**
 * load → fold → decide → append, retried on a version conflict. With a `commandId` the command and
 * its outcome are recorded in the append's transaction, so a retried request returns the first
 * result instead of appending twice, and a reused id with another payload is refused.
 */
export const commandHandler = <C extends Command, E extends Event, S, R>(
  config: CommandHandlerConfig<C, E, S, R>,
): CommandHandler<C, E, S, R> => {
  const { decider, registry, snapshot } = config;
  const maxAttempts = config.maxAttempts ?? 5;

  const replay = async (
    store: EventStore,
    record: CommandRecord,
  ): Promise<Either<HandleError<R>, HandledCommand<E, S>>> => {
    const loaded = await loadAggregate(store, record.streamId, decider, registry, undefined, record.versionAfter);
    if (isLeft(loaded)) return loaded;
    const read = await store.readStream(record.streamId, {
      fromVersion: record.versionBefore + 1,
      toVersion: record.versionAfter,
    });
    if (isLeft(read)) return read;
    const events = decodeAll(registry, read.right);
    if (isLeft(events)) return events;
    return right({
      streamId: record.streamId,
      events: events.right,
      state: loaded.right.state,
      version: record.versionAfter,
      duplicate: true,
    });
  };

  const resolveDuplicate = (store: EventStore, record: CommandRecord, streamId: string, fingerprint: string) =>
    record.fingerprint === fingerprint
      ? replay(store, record)
      : Promise.resolve(left(commandIdReused(record.commandId, streamId, record.streamId)));

  const cache = createStateCache<S>(config.cachedStreams ?? 10_000);
  // What a caller expecting a new stream is assumed to find: like a cached state, it is trusted
  // only as far as the append's check, and a refusal decided on it is checked against the store.
  const newStream: CachedState<S> = { state: decider.initialState, version: 0 };

  type StateOf = Either<CorruptEvent | InvalidStreamId, CachedState<S> & { confirmed: boolean }>;
  /**
   * The stream's state: the cached one as it is (`confirmed: false`, it may be stale), or, when
   * `current` is asked for, the cached one caught up with newer events, or the stream loaded.
   * Synchronous for a cached state, so the common case pays no promise.
   */
  const stateOf = (
    store: EventStore,
    streamId: string,
    current: boolean,
    assumeNew: boolean,
  ): StateOf | Promise<StateOf> => {
    const cached = cache.get(store, streamId) ?? (assumeNew ? newStream : undefined);
    if (cached && !current) return right({ state: cached.state, version: cached.version, confirmed: false });
    return currentStateOf(store, streamId, cached);
  };
  const currentStateOf = async (
    store: EventStore,
    streamId: string,
    known: CachedState<S> | undefined,
  ): Promise<StateOf> => {
    if (known && known.version > 0) {
      // One read from the cached version on: it must still be there (a store restored from a
      // backup under a running process may hold less), and what follows it is folded in.
      const read = await store.readStream(streamId, { fromVersion: known.version });
      if (isLeft(read)) return read;
      const [first, ...newer] = read.right;
      if (first?.streamVersion === known.version)
        return remember(store, streamId, foldEvents(decider, registry, known, newer));
      cache.forget(store, streamId);
    }
    const loaded = await loadAggregate(store, streamId, decider, registry, snapshot);
    return remember(store, streamId, loaded);
  };
  const remember = (
    store: EventStore,
    streamId: string,
    loaded: Either<CorruptEvent | InvalidStreamId, CachedState<S>>,
  ): StateOf => {
    if (isLeft(loaded)) return loaded;
    cache.set(store, streamId, loaded.right);
    return right({ state: loaded.right.state, version: loaded.right.version, confirmed: true });
  };

  return async (store, streamId, command, context = NO_CONTEXT) => {
    const { commandId, expectedVersion = 'any' } = context;
    const fingerprint = commandId === undefined ? undefined : fingerprintOf(streamId, command);
    // A command seen before is found by the append (DuplicateCommand) or, when its first run changed
    // the state so that it is now refused or conflicts, by this lookup: none up front. A retried
    // request whose first run succeeded gets that run's answer instead of the refusal.
    const firstRun = async () => {
      if (commandId === undefined || fingerprint === undefined) return undefined;
      const seen = await store.findCommand(commandId);
      return seen && resolveDuplicate(store, seen, streamId, fingerprint);
    };
    // The context is the metadata: prepareAppend checks it and stores its own canonical copy.
    const metadata = metadataOf(context);
    const exact = isExact(expectedVersion);
    const assumeNew = expectsNew(expectedVersion);
    let current = false;
    let conflicts = 0;
    for (;;) {
      const pending = stateOf(store, streamId, current, assumeNew);
      const loaded = pending instanceof Promise ? await pending : pending;
      if (isLeft(loaded)) return loaded;
      const { state, version, confirmed } = loaded.right;
      // A conflict or refusal met with a cached state is settled against the current one, and is
      // not counted: only contention with other writers uses up maxAttempts.
      current = true;
      if (!matchesExpectedVersion(expectedVersion, version)) {
        if (!confirmed) continue;
        return (await firstRun()) ?? left(concurrencyConflict(streamId, expectedVersion, version));
      }
      const decided = decider.decide(command, state);
      if (isLeft(decided)) {
        if (!confirmed) continue;
        return (await firstRun()) ?? left(commandRejected(streamId, decided.left));
      }
      const toAppend: EventToAppend[] = [];
      for (let index = 0; index < decided.right.length; index++) {
        const event = decided.right[index] as E;
        const encoded = registry.encode(event);
        if (isLeft(encoded))
          return left(invalidEvent(streamId, index, event.type, encoded.left.path, encoded.left.message));
        toAppend.push({
          type: event.type,
          data: encoded.right.data,
          schemaVersion: encoded.right.schemaVersion,
          occurredAt: config.occurredAt(event, command),
          metadata,
        });
      }
      const appended = await store.appendToStream(
        streamId,
        version === 0 ? 'no_stream' : version,
        toAppend,
        commandId !== undefined && fingerprint !== undefined ? { command: { commandId, fingerprint } } : {},
      );
      if (isLeft(appended)) {
        const error = appended.left;
        if (error._tag === 'ConcurrencyConflict') {
          // The racing writer may have been this very command (a client retry): answer as its
          // duplicate rather than deciding it again against the state it produced.
          const first = await firstRun();
          if (first) return first;
        }
        if (error._tag === 'ConcurrencyConflict' && !exact && (!confirmed || ++conflicts < maxAttempts)) continue;
        if (error._tag === 'DuplicateCommand' && fingerprint !== undefined)
          return resolveDuplicate(store, error.existing, streamId, fingerprint);
        if (error._tag === 'DuplicateCommand') throw new Error('unreachable: duplicate command without a command id');
        return left(error);
      }
      const newState = decided.right.reduce(decider.evolve, state);
      const next = appended.right.nextExpectedVersion;
      cache.set(store, streamId, { state: newState, version: next });
      if (
        snapshot &&
        decided.right.length > 0 &&
        Math.floor(next / snapshot.every) > Math.floor(version / snapshot.every)
      ) {
        const encodedState: unknown = snapshot.codec ? snapshot.codec.encode(newState) : newState;
        await store.snapshots.save(streamId, snapshot.name, {
          streamVersion: next,
          schemaVersion: snapshot.schemaVersion,
          state: encodedState,
        });
      }
      const events = withDecidedData(appended.right.events, decided.right, toAppend);
      return right({ streamId, events, state: newState, version: next, duplicate: false });
    }
  };
};
