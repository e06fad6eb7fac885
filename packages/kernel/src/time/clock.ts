/** Where a store gets "now" for `recordedAt`. Injected so tests and examples can simulate time. */
export interface Clock {
  now(): Date;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that only moves when told to. The Xianning example sets it to each fact's publication
 * day, so its history is recorded "as if over 2020" and as-known-at queries mean something.
 */
export class SimulatedClock implements Clock {
  #ms: number;
  constructor(start: string | Date) {
    this.#ms = new Date(start).getTime();
    if (!Number.isFinite(this.#ms)) throw new RangeError(`SimulatedClock: invalid start ${String(start)}`);
  }
  now(): Date {
    return new Date(this.#ms);
  }
  /** Moves to an instant; moving backwards is allowed (stores still never record time backwards). */
  set(instant: string | Date): void {
    const ms = new Date(instant).getTime();
    if (!Number.isFinite(ms)) throw new RangeError(`SimulatedClock: invalid instant ${String(instant)}`);
    this.#ms = ms;
  }
  advance(ms: number): void {
    this.#ms += ms;
  }
}
