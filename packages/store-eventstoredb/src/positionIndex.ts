import type { Position } from '@eventstore/db-client';

/** Order of two log positions: commit position first, then prepare position. */
export const comparePositions = (a: Position, b: Position): number => {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
};

const INITIAL_CAPACITY = 1024;

/**
 * Our global positions: the n-th event of the history (in `$all` order, our streams only) has
 * position n. The server orders `$all` by log position, which is neither dense nor small, so the
 * index keeps the log position of every history event, in order, and translates both ways.
 * Two 64-bit words per event: 16 MB per million events.
 */
export class PositionIndex {
  #commit = new BigUint64Array(INITIAL_CAPACITY);
  #prepare = new BigUint64Array(INITIAL_CAPACITY);
  #length = 0;

  /** Number of indexed events: the global position of the last one. */
  get length(): number {
    return this.#length;
  }

  /** Log position of the event at global position `position` (1-based). */
  logPositionOf(position: number): Position | undefined {
    if (!Number.isSafeInteger(position) || position < 1 || position > this.#length) return undefined;
    return { commit: this.#commit[position - 1] as bigint, prepare: this.#prepare[position - 1] as bigint };
  }

  /** Log position of the last indexed event. */
  last(): Position | undefined {
    return this.logPositionOf(this.#length);
  }

  /** Appends the next history event; log positions must strictly increase, as `$all` does. */
  push(logPosition: Position): number {
    const last = this.last();
    if (last !== undefined && comparePositions(logPosition, last) <= 0)
      throw new RangeError(
        `log position ${logPosition.commit}/${logPosition.prepare} does not follow ${last.commit}/${last.prepare}`,
      );
    if (this.#length === this.#commit.length) this.#grow();
    this.#commit[this.#length] = logPosition.commit;
    this.#prepare[this.#length] = logPosition.prepare;
    this.#length += 1;
    return this.#length;
  }

  /** Global position of the event at `logPosition`, if it is indexed. */
  positionOf(logPosition: Position): number | undefined {
    let low = 0;
    let high = this.#length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const order = comparePositions(
        { commit: this.#commit[mid] as bigint, prepare: this.#prepare[mid] as bigint },
        logPosition,
      );
      if (order === 0) return mid + 1;
      if (order < 0) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  }

  #grow(): void {
    const commit = new BigUint64Array(this.#commit.length * 2);
    const prepare = new BigUint64Array(this.#prepare.length * 2);
    commit.set(this.#commit);
    prepare.set(this.#prepare);
    this.#commit = commit;
    this.#prepare = prepare;
  }
}
