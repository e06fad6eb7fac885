import type { EventStore } from '../store/eventStore';

/** A stream's folded state as of `version`, kept between commands. */
export interface CachedState<S> {
  readonly state: S;
  readonly version: number;
}

/** Per-store memory of stream states, least recently stored dropped first; see {@link createStateCache}. */
export interface StateCache<S> {
  get(store: EventStore, streamId: string): CachedState<S> | undefined;
  /** Keeps the entry unless a newer version of the stream is cached already. */
  set(store: EventStore, streamId: string, entry: CachedState<S>): void;
  /** Drops a stream's entry, whatever its version. */
  forget(store: EventStore, streamId: string): void;
}

/**
 * Remembers, per store, the states of the `capacity` streams most recently stored. An entry may be
 * stale (another process appended since); the command handler never trusts it further than the
 * store's expected-version check, which refuses an append decided on a stale state.
 */
export const createStateCache = <S>(capacity: number): StateCache<S> => {
  // Keyed by store instance, so closing a store lets its states go with it.
  const byStore = new WeakMap<EventStore, Map<string, CachedState<S>>>();
  // A handler usually serves one store: its map is remembered, since a WeakMap lookup per command
  // cost as much as the stream lookup after it. This keeps the last store served (and at most
  // `capacity` states) alive until the handler serves another or is itself dropped.
  let lastStore: EventStore | undefined;
  let lastStreams: Map<string, CachedState<S>> | undefined;
  const streamsOf = (store: EventStore): Map<string, CachedState<S>> | undefined => {
    if (store !== lastStore) {
      lastStore = store;
      lastStreams = byStore.get(store);
    }
    return lastStreams;
  };
  return {
    // A hit is not re-inserted: the handler sets the state after every command it handles, and
    // that re-insertion is what keeps a busy stream at the young end.
    get: (store, streamId) => streamsOf(store)?.get(streamId),
    forget: (store, streamId) => {
      streamsOf(store)?.delete(streamId);
    },
    set: (store, streamId, entry) => {
      if (capacity <= 0) return;
      let streams = streamsOf(store);
      if (!streams) {
        streams = new Map();
        byStore.set(store, streams);
        lastStreams = streams;
      }
      const known = streams.get(streamId);
      // Concurrent commands on one stream may finish out of order: a state never goes back.
      if (known && known.version > entry.version) return;
      // A Map iterates in insertion order: re-inserting makes the oldest entry the first.
      streams.delete(streamId);
      streams.set(streamId, entry);
      if (streams.size > capacity) {
        const oldest = streams.keys().next();
        if (!oldest.done) streams.delete(oldest.value);
      }
    },
  };
};
