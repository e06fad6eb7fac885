import { subscribe } from '@innoledger/kernel';
import { describe, expect, it } from 'vitest';
import { openTestStore, type StoreKind } from './support/stores';

// The kernel's subscribe over real stores: SQLite is polled, PostgreSQL wakes on NOTIFY.
describe.each<StoreKind>(['sqlite', 'postgres'])('subscribe on %s', (kind) => {
  it('catches up, then follows appends from another writer, in order', async () => {
    const { store, dispose } = await openTestStore(kind);
    try {
      for (let n = 1; n <= 3; n++)
        await store.appendToStream(`s-${n % 2}`, 'any', [{ type: 'Counted', data: { n }, occurredAt: '2020-03-01' }]);
      const controller = new AbortController();
      const seen: number[] = [];
      const consumer = (async () => {
        for await (const event of subscribe(store, { after: 0, signal: controller.signal, pollIntervalMs: 20 })) {
          seen.push((event.data as { n: number }).n);
          if (seen.length === 6) controller.abort();
        }
      })();
      for (let n = 4; n <= 6; n++) {
        await new Promise((r) => setTimeout(r, 30));
        await store.appendToStream('s-late', 'any', [{ type: 'Counted', data: { n }, occurredAt: '2020-03-02' }]);
      }
      await consumer;
      expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    } finally {
      await dispose();
    }
  });
});
