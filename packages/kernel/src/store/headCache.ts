import type { StreamHead } from './prepareAppend';

/**
 * What an adapter instance believes about stream heads, learnt from its own appends and reads. The
 * adapter decides how far to trust it: PostgreSQL's `append_events` checks it under the log lock
 * (a wrong entry costs a round trip, never a wrong write); SQLite uses it only while no other
 * connection has written since (`PRAGMA data_version`).
 */
export interface HeadCache {
  /** The believed head, marked as recently used. */
  get(streamId: string): StreamHead | undefined;
  /** Records a head seen in the store; a lower version than the one held is older news and ignored. */
  learn(streamId: string, head: StreamHead): void;
  forget(streamId: string): void;
  /** Forgets every head and the last recordedAt. */
  clear(): void;
  /** The latest recordedAt seen in the store, the floor for the next append's recordedAt. */
  lastRecordedAt(): string | undefined;
  sawRecordedAt(recordedAt: string | undefined): void;
  readonly size: number;
}

export const DEFAULT_HEAD_CACHE_SIZE = 10_000;

/**
 * A least-recently-used cache of at most `capacity` heads: a Map keeps insertion order, so a hit is
 * moved to the end by re-inserting it and the first key is the one to evict.
 */
export const headCache = (capacity: number = DEFAULT_HEAD_CACHE_SIZE): HeadCache => {
  const heads = new Map<string, StreamHead>();
  let recordedAt: string | undefined;
  return {
    get(streamId) {
      const head = heads.get(streamId);
      if (head !== undefined) {
        heads.delete(streamId);
        heads.set(streamId, head);
      }
      return head;
    },
    learn(streamId, head) {
      const known = heads.get(streamId);
      // Streams only grow and a version has one hash forever, so the higher version is the newer.
      if (known !== undefined && known.version > head.version) return;
      heads.delete(streamId);
      if (capacity < 1) return;
      heads.set(streamId, head);
      if (heads.size > capacity) {
        const oldest = heads.keys().next();
        if (oldest.done !== true) heads.delete(oldest.value);
      }
    },
    forget(streamId) {
      heads.delete(streamId);
    },
    clear() {
      heads.clear();
      recordedAt = undefined;
    },
    lastRecordedAt: () => recordedAt,
    sawRecordedAt(at) {
      if (at !== undefined && (recordedAt === undefined || at > recordedAt)) recordedAt = at;
    },
    get size() {
      return heads.size;
    },
  };
};
