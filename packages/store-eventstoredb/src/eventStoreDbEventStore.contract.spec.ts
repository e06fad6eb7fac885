import { eventStoreContract } from '@innoledger/testing';
import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { openEventStoreDbStore } from './openEventStoreDbStore';

// The shared suite needs a live server (docs/stores.md says how to start one); every store it asks
// for gets its own namespace on that server, so each test starts from an empty history.
const url = process.env.EVENTSTORE_URL ?? '';

if (url === '') {
  console.log('skipped: no EventStoreDB server');
  describe('EventStore contract: eventstoredb', () => {
    it('runs when EVENTSTORE_URL names a server', () => {
      expect(process.env.EVENTSTORE_URL ?? '').toBe('');
    });
  });
} else {
  const run = `contract-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  let stores = 0;
  eventStoreContract('eventstoredb', async ({ clock, newEventId }) => {
    const opened = await openEventStoreDbStore({
      connectionString: url,
      namespace: `${run}-${++stores}`,
      clock,
      newEventId,
    });
    if (isLeft(opened)) throw new Error(opened.left.message);
    return opened.right;
  });
}
