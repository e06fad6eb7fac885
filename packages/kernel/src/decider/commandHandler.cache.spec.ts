import { describe, expect, it } from 'vitest';
import { forwardingStore } from '../../../testing/src/forwardingStore';
import { deposit, ledgerConfig, open, refusedWithdrawal, withdraw } from '../__fixtures__/ledger';
import { InMemoryEventStore } from '../memory/inMemoryEventStore';
import type { EventStore } from '../store/eventStore';
import { commandHandler } from './commandHandler';

/** The store with every readStream call counted, by stream. */
const countingReads = (inner: EventStore) => {
  const reads: string[] = [];
  const store = forwardingStore(inner, {
    readStream: (id, options) => {
      reads.push(options?.fromVersion === undefined ? id : `${id}@${options.fromVersion}..${options.toVersion ?? ''}`);
      return inner.readStream(id, options);
    },
  });
  return { store, reads };
};

const balanceOf = (result: Awaited<ReturnType<ReturnType<typeof commandHandler>>>) =>
  result._tag === 'Right' ? (result.right.state as { balance: number }).balance : result.left;

describe('commandHandler keeps stream states between commands', () => {
  it('reads a stream once, then decides on the cached state', async () => {
    const { store, reads } = countingReads(new InMemoryEventStore());
    const handle = commandHandler(ledgerConfig);
    await handle(store, 'acct-1', open());
    await handle(store, 'acct-1', deposit(10));
    const third = await handle(store, 'acct-1', deposit(5));
    expect(balanceOf(third)).toBe(15);
    expect(reads).toEqual(['acct-1@1..']);
  });

  it('a cached state made stale by another writer costs a conflict, not a wrong decision nor an attempt', async () => {
    const inner = new InMemoryEventStore();
    const { store, reads } = countingReads(inner);
    const handle = commandHandler({ ...ledgerConfig, maxAttempts: 1 });
    await handle(store, 'acct-1', open());
    await handle(store, 'acct-1', deposit(10));
    await commandHandler(ledgerConfig)(inner, 'acct-1', deposit(90));
    const after = await handle(store, 'acct-1', deposit(1));
    expect(after).toMatchObject({ _tag: 'Right', right: { version: 4, state: { balance: 101, movements: 3 } } });
    // One catch-up read from the cached version on (which must still be there), not from the start.
    expect(reads).toEqual(['acct-1@1..', 'acct-1@2..']);
  });

  it('a refusal on a cached state is checked against the current state before it is returned', async () => {
    const inner = new InMemoryEventStore();
    const handle = commandHandler(ledgerConfig);
    await handle(inner, 'acct-1', open());
    await commandHandler(ledgerConfig)(inner, 'acct-1', deposit(50));
    // The cache still says balance 0: withdrawing 30 would be InsufficientFunds on it.
    const withdrawn = await handle(inner, 'acct-1', withdraw(30));
    expect(balanceOf(withdrawn)).toBe(20);
    const refused = await handle(inner, 'acct-1', withdraw(30));
    expect(refused).toEqual(refusedWithdrawal('acct-1', 20, 30));
  });

  it('keeps at most cachedStreams streams, dropping the least recently used', async () => {
    const { store, reads } = countingReads(new InMemoryEventStore());
    const handle = commandHandler({ ...ledgerConfig, cachedStreams: 2 });
    const opened = new Set<string>();
    for (const id of ['a', 'b', 'a', 'c', 'a', 'b']) {
      const handled = await handle(store, id, opened.has(id) ? deposit(1) : open());
      expect(handled._tag).toBe('Right');
      opened.add(id);
    }
    // a and b are loaded, a is used again so c evicts b, and b must be read again at the end.
    expect(reads).toEqual(['a@1..', 'b@1..', 'c@1..', 'b@1..']);
  });

  it('cachedStreams: 0 reads the stream for every command', async () => {
    const { store, reads } = countingReads(new InMemoryEventStore());
    const handle = commandHandler({ ...ledgerConfig, cachedStreams: 0 });
    await handle(store, 'acct-1', open());
    await handle(store, 'acct-1', deposit(3));
    expect(reads).toEqual(['acct-1@1..', 'acct-1@1..']);
  });

  it('states are kept per store: the same stream id in two stores never shares a state', async () => {
    const handle = commandHandler(ledgerConfig);
    const one = new InMemoryEventStore();
    const two = new InMemoryEventStore();
    await handle(one, 'acct-1', open());
    await handle(one, 'acct-1', deposit(7));
    expect(await handle(two, 'acct-1', deposit(7))).toMatchObject({
      _tag: 'Left',
      left: { rejection: { _tag: 'AccountNotOpen' } },
    });
    // Back to the first store: its own state, not the one last served.
    expect(await handle(one, 'acct-1', deposit(3))).toMatchObject({ _tag: 'Right', right: { version: 3 } });
  });

  it('a store restored from an older backup under the running handler: the shorter stream is loaded again', async () => {
    const live = new InMemoryEventStore();
    const handle = commandHandler(ledgerConfig);
    let current: EventStore = live;
    const store = forwardingStore(live, {
      appendToStream: (...args) => current.appendToStream(...args),
      readStream: (...args) => current.readStream(...args),
    });
    await handle(store, 'acct-1', open());
    const backup = new InMemoryEventStore();
    const read = await live.readStream('acct-1');
    if (read._tag === 'Right') await backup.importRecorded(read.right);
    await handle(store, 'acct-1', deposit(40));
    await handle(store, 'acct-1', deposit(2));
    // The backup holds the account as opened, without the two deposits the cache has seen.
    current = backup;
    const withdrawn = await handle(store, 'acct-1', withdraw(30));
    expect(withdrawn).toEqual(refusedWithdrawal('acct-1', 0, 30));
    expect(await handle(store, 'acct-1', deposit(5))).toMatchObject({
      _tag: 'Right',
      right: { version: 2, state: { balance: 5, movements: 1 } },
    });
  });

  it('a retried command whose first run makes it refusable now returns the first result', async () => {
    const store = new InMemoryEventStore();
    const handle = commandHandler(ledgerConfig);
    const first = await handle(store, 'acct-1', open(), { commandId: 'cmd-open' });
    const again = await handle(store, 'acct-1', open(), { commandId: 'cmd-open' });
    expect(again).toMatchObject({ _tag: 'Right', right: { duplicate: true, version: 1 } });
    if (first._tag === 'Right' && again._tag === 'Right') expect(again.right.events).toEqual(first.right.events);
  });
});
