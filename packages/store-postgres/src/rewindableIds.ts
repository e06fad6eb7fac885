import type { EventIdGenerator } from '@innoledger/kernel';

/** An id source that takes back ids drawn for an append that wrote nothing. */
export interface RewindableIds {
  readonly next: EventIdGenerator;
  /** Hands unused ids out again, first, in their order. */
  giveBack(ids: readonly string[]): void;
}

/**
 * The fast path prepares events before it knows whether the store takes them. Giving the ids of
 * a refused or stale attempt back keeps the injected generator's sequence what the transactional
 * path alone would use, so a seeded generator still yields the same ids, hashes and seal digests.
 */
export const rewindableIds = (source: EventIdGenerator): RewindableIds => {
  const returned: string[] = [];
  return {
    next: () => returned.shift() ?? source(),
    giveBack(ids) {
      returned.unshift(...ids);
    },
  };
};
