import type { RecordedEvent } from '../events/event';
import type { EventStore } from '../store/eventStore';

export interface SubscribeOptions {
  /** Deliver events with globalPosition > after; default 0 (the whole history first). */
  readonly after?: number;
  /** Ends the subscription; the iterator then returns. */
  readonly signal?: AbortSignal;
  /** How long to wait for new events before looking again; default 250 ms. */
  readonly pollIntervalMs?: number;
  /** Rows read per round trip while catching up; default 1000. */
  readonly batchSize?: number;
}

const sleep = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/**
 * Catches up from a position, then follows new events as they are appended, in global order, until
 * the signal aborts. Back-pressure is the iterator's: nothing is read ahead of the consumer beyond
 * one batch, so a slow projection slows the reading, never fills memory. Stores that can push
 * (PostgreSQL LISTEN/NOTIFY, the EventStoreDB subscription) implement `waitForAppend`; the others
 * are polled every `pollIntervalMs`.
 */
export async function* subscribe(store: EventStore, options: SubscribeOptions = {}): AsyncGenerator<RecordedEvent> {
  const { signal } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 250;
  let position = options.after ?? 0;
  while (!signal?.aborted) {
    let delivered = false;
    for await (const event of store.readAll({ after: position, batchSize: options.batchSize ?? 1000 })) {
      if (signal?.aborted) return;
      position = event.globalPosition;
      delivered = true;
      yield event;
    }
    if (delivered || signal?.aborted) continue;
    // A push-capable store's wait has the same deadline, so an abort is noticed within one interval.
    if (store.waitForAppend) await store.waitForAppend(position, pollIntervalMs);
    else await sleep(pollIntervalMs, signal);
  }
}
