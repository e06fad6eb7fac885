import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { CorruptEvent } from '../errors/corruptEvent';
import type { InvalidStreamId } from '../errors/invalidStreamId';
import type { Event, RecordedEvent } from '../events/event';
import type { EventRegistry } from '../events/registry';
import type { EventStore } from '../store/eventStore';
import type { Decider } from './decider';

/**
 * Opt-in snapshots for one decider. The state is saved every `every` events; a snapshot whose
 * `schemaVersion` differs, or that its codec refuses, is ignored and the stream replayed, so a
 * state with or without snapshots is always the same.
 */
export interface SnapshotPolicy<S> {
  readonly name: string;
  readonly schemaVersion: number;
  readonly every: number;
  /** Encodes state to JSON and back; omit when the state is plain JSON already. */
  // biome-ignore lint/suspicious/noExplicitAny: encoded form is any JSON
  readonly codec?: t.Type<S, any, unknown>;
}

export interface LoadedAggregate<S> {
  readonly state: S;
  readonly version: number;
  readonly snapshotVersion: number | undefined;
}

/** Decodes each stored event through the registry, stopping at the first corrupt one. */
export const decodeAll = <E extends Event>(
  registry: EventRegistry<E>,
  events: readonly RecordedEvent[],
): Either<CorruptEvent, RecordedEvent<E>[]> => {
  const out: RecordedEvent<E>[] = [];
  for (const raw of events) {
    const decoded = registry.decode(raw);
    if (isLeft(decoded)) return decoded;
    out.push(decoded.right);
  }
  return right(out);
};

type Folding<E extends Event, S> = Pick<Decider<unknown, E, S, unknown>, 'initialState' | 'evolve'>;

/** Decodes `events` and folds them into `start.state`; the version becomes the last one's. */
export const foldEvents = <E extends Event, S>(
  decider: Folding<E, S>,
  registry: EventRegistry<E>,
  start: { readonly state: S; readonly version: number },
  events: readonly RecordedEvent[],
): Either<CorruptEvent, { state: S; version: number }> => {
  let { state, version } = start;
  for (const raw of events) {
    const decoded = registry.decode(raw);
    if (isLeft(decoded)) return left(decoded.left);
    state = decider.evolve(state, { type: decoded.right.type, data: decoded.right.data } as E);
    version = raw.streamVersion;
  }
  return right({ state, version });
};

/** Loads a stream's state: the latest usable snapshot (if the decider opts in) plus the tail. */
export const loadAggregate = async <E extends Event, S>(
  store: EventStore,
  streamId: string,
  decider: Folding<E, S>,
  registry: EventRegistry<E>,
  snapshot?: SnapshotPolicy<S>,
  toVersion?: number,
): Promise<Either<CorruptEvent | InvalidStreamId, LoadedAggregate<S>>> => {
  let start = { state: decider.initialState, version: 0 };
  let snapshotVersion: number | undefined;
  if (snapshot) {
    const saved = await store.snapshots.load(streamId, snapshot.name);
    if (
      saved &&
      saved.schemaVersion === snapshot.schemaVersion &&
      (toVersion === undefined || saved.streamVersion <= toVersion)
    ) {
      const decoded = snapshot.codec ? snapshot.codec.decode(saved.state) : right(saved.state as S);
      if (!isLeft(decoded)) {
        start = { state: decoded.right, version: saved.streamVersion };
        snapshotVersion = saved.streamVersion;
      }
    }
  }
  const fromVersion = start.version + 1;
  const read = await store.readStream(streamId, toVersion === undefined ? { fromVersion } : { fromVersion, toVersion });
  if (isLeft(read)) return read;
  const folded = foldEvents(decider, registry, start, read.right);
  if (isLeft(folded)) return folded;
  return right({ ...folded.right, snapshotVersion });
};
