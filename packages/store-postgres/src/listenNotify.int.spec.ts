// waitForAppend is woken by the NOTIFY an append transaction sends on commit, on a dedicated
// LISTEN connection: a subscriber learns of new events without polling.
import { describe, expect, it } from 'vitest';
import { appendInTransaction } from './append';
import { event, simulated, useTestServer } from './support/testServer';
import { tablesFor } from './tables';

const server = useTestServer();

// Far longer than the test's own timeout: if a wait resolves, a notification (or the head) woke it.
const FOREVER = 10 * 60_000;

describe('waitForAppend (LISTEN/NOTIFY)', () => {
  it('wakes a waiter when another store appends to the same schema', { timeout: 20_000 }, async () => {
    const reader = await server.open(simulated());
    const writer = await server.open({ schema: reader.schema });
    const waiting = reader.waitForAppend(0, FOREVER).then(() => reader.headPosition());
    await writer.appendToStream('s', 'no_stream', [event(1)]);
    expect(await waiting).toBe(1);
  });

  it('resolves at once when an event after the position already exists', { timeout: 20_000 }, async () => {
    const store = await server.open(simulated());
    await store.appendToStream('s', 'no_stream', [event(1), event(2)]);
    await store.waitForAppend(1, FOREVER);
    expect(await store.headPosition()).toBe(2);
  });

  it('is not woken by an append that rolls back, and is by the next one that commits', {
    timeout: 20_000,
  }, async () => {
    const store = await server.open(simulated());
    const { clock, newEventId } = simulated();
    const holder = await server.client();
    const woken: number[] = [];
    const waiting = store.waitForAppend(0, FOREVER).then(async () => woken.push(await store.headPosition()));

    await holder.query('BEGIN');
    await appendInTransaction(holder, { tables: tablesFor(store.schema), clock, newEventId }, 'gone', 'any', [
      event(1),
    ]);
    await holder.query('ROLLBACK');
    // Had the rolled-back NOTIFY been sent, the waiter would have seen head 0.
    expect(woken).toEqual([]);

    await store.appendToStream('kept', 'no_stream', [event(2)]);
    await waiting;
    expect(woken).toEqual([1]);
  });

  it('times out quietly when nothing is appended', async () => {
    const store = await server.open(simulated());
    await store.waitForAppend(0, 25);
    expect(await store.headPosition()).toBe(0);
  });

  it('close wakes pending waiters', async () => {
    const store = await server.open(simulated());
    const waiting = store.waitForAppend(0, FOREVER);
    await store.close();
    await waiting;
    expect(await store.close()).toBeUndefined();
  });
});
