import type { StreamHead } from '@innoledger/kernel';

/**
 * What an adapter instance believes about stream heads, learnt from its own appends and reads.
 * Only a guess: `append_events` checks it under the log lock and answers 'stale' when it is out of
 * date, so a wrong entry costs a round trip, never a wrong write.
 */
export interface HeadCache {
  /** The believed head, marked as recently used. */
  get(streamId: string): StreamHead | undefined;
  /** Records a head seen in the store; a lower version than the one held is older news and ignored. */
  learn(streamId: string, head: StreamHead): void;
  forget(streamId: string): void;
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
    lastRecordedAt: () => recordedAt,
    sawRecordedAt(at) {
      if (at !== undefined && (recordedAt === undefined || at > recordedAt)) recordedAt = at;
    },
    get size() {
      return heads.size;
    },
  };
};
