import { describe, expect, it } from 'vitest';
import { forwardingStore } from '../../../testing/src/forwardingStore';
import { deposit, ledgerConfig, open } from '../__fixtures__/ledger';
import { InMemoryEventStore } from '../memory/inMemoryEventStore';
import type { EventStore } from '../store/eventStore';
import { commandHandler } from './commandHandler';

/**
 * A real store with a competing writer: before each of the first `races` appends to `streamId`,
 * another writer deposits 1 into the same stream, so the handler's append meets a new version.
 */
const withRacingWriter = (inner: EventStore, streamId: string, races: number): EventStore => {
  let left = races;
  return forwardingStore(inner, {
    appendToStream: async (id, expected, events, options) => {
      if (id === streamId && left > 0) {
        left--;
        await inner.appendToStream(id, 'any', [{ type: 'Deposited', data: { amount: 1 }, occurredAt: '2020-03-03' }]);
      }
      return inner.appendToStream(id, expected, events, options);
    },
  });
};

const opened = async () => {
  const store = new InMemoryEventStore();
  await commandHandler(ledgerConfig)(store, 'acct-1', open());
  return store;
};

describe('commandHandler retries on a version conflict', () => {
  it('reloads, decides again on the new state and succeeds within maxAttempts', async () => {
    const inner = await opened();
    const handle = commandHandler({ ...ledgerConfig, maxAttempts: 3 });
    const result = await handle(withRacingWriter(inner, 'acct-1', 2), 'acct-1', deposit(100));
    expect(result).toMatchObject({
      _tag: 'Right',
      right: { version: 4, state: { open: true, balance: 102, movements: 3 }, duplicate: false },
    });
    const read = await inner.readStream('acct-1');
    expect(read._tag === 'Right' && read.right.map((e) => e.data)).toEqual([
      { owner: 'person-1' },
      { amount: 1 },
      { amount: 1 },
      { amount: 100 },
    ]);
  });

  it('gives up with the ConcurrencyConflict after maxAttempts, having written nothing of its own', async () => {
    const inner = await opened();
    const handle = commandHandler({ ...ledgerConfig, maxAttempts: 3 });
    const result = await handle(withRacingWriter(inner, 'acct-1', 3), 'acct-1', deposit(100));
    expect(result).toEqual({
      _tag: 'Left',
      left: { _tag: 'ConcurrencyConflict', streamId: 'acct-1', expected: 3, actual: 4 },
    });
    const read = await inner.readStream('acct-1');
    expect(read._tag === 'Right' && read.right.map((e) => e.data)).not.toContainEqual({ amount: 100 });
  });

  it('retries five times by default', async () => {
    const handle = commandHandler(ledgerConfig);
    const succeeds = await handle(withRacingWriter(await opened(), 'acct-1', 4), 'acct-1', deposit(7));
    expect(succeeds).toMatchObject({ _tag: 'Right', right: { version: 6 } });
    const fails = await handle(withRacingWriter(await opened(), 'acct-1', 5), 'acct-1', deposit(7));
    expect(fails).toMatchObject({ _tag: 'Left', left: { _tag: 'ConcurrencyConflict' } });
  });
});
