import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { InMemoryEventStore } from '../memory/inMemoryEventStore';
import type { EventStore } from '../store/eventStore';
import { subscribe } from './subscribe';

const append = async (store: EventStore, streamId: string, n: number) => {
  const r = await store.appendToStream(streamId, 'any', [{ type: 'Counted', data: { n }, occurredAt: '2020-03-01' }]);
  expect(isRight(r)).toBe(true);
};

describe('subscribe', () => {
  it('catches up from a position, then follows appends made while it waits, in global order', async () => {
    const store = new InMemoryEventStore();
    for (let n = 1; n <= 3; n++) await append(store, 'a', n);
    const controller = new AbortController();
    const seen: number[] = [];
    const consumer = (async () => {
      for await (const event of subscribe(store, { after: 1, signal: controller.signal, pollIntervalMs: 5 })) {
        seen.push(event.globalPosition);
        if (seen.length === 4) controller.abort();
      }
    })();
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([2, 3]);
    await append(store, 'b', 4);
    await append(store, 'a', 5);
    await consumer;
    expect(seen).toEqual([2, 3, 4, 5]);
  });

  it('applies back-pressure: it reads no further than the consumer has pulled', async () => {
    const store = new InMemoryEventStore();
    for (let n = 1; n <= 10; n++) await append(store, 's', n);
    const controller = new AbortController();
    const iterator = subscribe(store, { signal: controller.signal, batchSize: 2, pollIntervalMs: 5 });
    const first = await iterator.next();
    expect(first.value?.globalPosition).toBe(1);
    controller.abort();
    const rest: number[] = [];
    for await (const event of iterator) rest.push(event.globalPosition);
    expect(rest).toEqual([]);
  });

  it('ends promptly when aborted while waiting for new events', async () => {
    const store = new InMemoryEventStore();
    const controller = new AbortController();
    const done = (async () => {
      const out: number[] = [];
      for await (const event of subscribe(store, { signal: controller.signal, pollIntervalMs: 60_000 }))
        out.push(event.globalPosition);
      return out;
    })();
    setTimeout(() => controller.abort(), 10);
    await expect(done).resolves.toEqual([]);
  });
});
