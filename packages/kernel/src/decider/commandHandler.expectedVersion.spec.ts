import { describe, expect, it } from 'vitest';
import { forwardingStore } from '../../../testing/src/forwardingStore';
import { deposit, ledgerConfig, open } from '../__fixtures__/ledger';
import { InMemoryEventStore } from '../memory/inMemoryEventStore';
import type { EventStore } from '../store/eventStore';
import { commandHandler } from './commandHandler';

/** The store with its reads and appends counted. */
const counting = (inner: EventStore) => {
  const calls = { reads: 0, appends: 0 };
  const store = forwardingStore(inner, {
    readStream: (id, options) => {
      calls.reads++;
      return inner.readStream(id, options);
    },
    appendToStream: (id, expected, events, options) => {
      calls.appends++;
      return inner.appendToStream(id, expected, events, options);
    },
  });
  return { store, calls };
};

const typesIn = async (store: EventStore, streamId: string) => {
  const read = await store.readStream(streamId);
  return read._tag === 'Right' ? read.right.map((e) => e.type) : read.left;
};

describe("commandHandler with the caller's expected version", () => {
  it("'no_stream' on a new stream reads nothing, and the expectation is not copied into the metadata", async () => {
    const inner = new InMemoryEventStore();
    const { store, calls } = counting(inner);
    const handled = await commandHandler(ledgerConfig)(store, 'acct-1', open(), {
      actor: 'person-3',
      expectedVersion: 'no_stream',
    });
    expect(handled).toMatchObject({ _tag: 'Right', right: { version: 1, state: { open: true } } });
    expect(calls).toEqual({ reads: 0, appends: 1 });
    const read = await inner.readStream('acct-1');
    expect(read._tag === 'Right' && read.right[0]?.metadata).toEqual({ actor: 'person-3' });
  });

  it('0 is the same as no_stream', async () => {
    const { store, calls } = counting(new InMemoryEventStore());
    const handled = await commandHandler(ledgerConfig)(store, 'acct-1', open(), { expectedVersion: 0 });
    expect(handled).toMatchObject({ _tag: 'Right', right: { version: 1 } });
    expect(calls.reads).toBe(0);
  });

  it("'no_stream' on a stream that exists is a ConcurrencyConflict, returned at once and writing nothing", async () => {
    const inner = new InMemoryEventStore();
    await commandHandler(ledgerConfig)(inner, 'acct-1', open());
    const { store, calls } = counting(inner);
    // A handler that has never seen the stream: the initial state accepts Open, the append refuses it.
    const handled = await commandHandler(ledgerConfig)(store, 'acct-1', open('person-2'), {
      expectedVersion: 'no_stream',
    });
    expect(handled).toEqual({
      _tag: 'Left',
      left: { _tag: 'ConcurrencyConflict', streamId: 'acct-1', expected: 'no_stream', actual: 1 },
    });
    expect(calls).toEqual({ reads: 0, appends: 1 });
    expect(await typesIn(inner, 'acct-1')).toEqual(['AccountOpened']);
  });

  it('a refusal decided on the assumed new state is checked against the store: it is the conflict it hides', async () => {
    const inner = new InMemoryEventStore();
    await commandHandler(ledgerConfig)(inner, 'acct-1', open());
    const handle = commandHandler(ledgerConfig);
    // Deposit is refused on the initial state (AccountNotOpen), but the stream is not new.
    expect(await handle(inner, 'acct-1', deposit(5), { expectedVersion: 'no_stream' })).toEqual({
      _tag: 'Left',
      left: { _tag: 'ConcurrencyConflict', streamId: 'acct-1', expected: 'no_stream', actual: 1 },
    });
    // On a stream that really is new, the refusal stands.
    expect(await handle(inner, 'acct-2', deposit(5), { expectedVersion: 'no_stream' })).toEqual({
      _tag: 'Left',
      left: { _tag: 'CommandRejected', streamId: 'acct-2', rejection: { _tag: 'AccountNotOpen' } },
    });
  });

  it('an exact version that does not hold is a conflict without an append, once the store confirms it', async () => {
    const inner = new InMemoryEventStore();
    const { store, calls } = counting(inner);
    const handle = commandHandler(ledgerConfig);
    await handle(store, 'acct-1', open(), { expectedVersion: 'no_stream' });
    await handle(store, 'acct-1', deposit(10), { expectedVersion: 1 });
    Object.assign(calls, { reads: 0, appends: 0 });
    expect(await handle(store, 'acct-1', deposit(1), { expectedVersion: 1 })).toEqual({
      _tag: 'Left',
      left: { _tag: 'ConcurrencyConflict', streamId: 'acct-1', expected: 1, actual: 2 },
    });
    // The cached state said 2: the store is asked before the answer is given (a cache may be stale).
    expect(calls).toEqual({ reads: 1, appends: 0 });
    expect(await typesIn(inner, 'acct-1')).toEqual(['AccountOpened', 'Deposited']);
  });

  it('an exact version that holds on a cached state reads nothing', async () => {
    const { store, calls } = counting(new InMemoryEventStore());
    const handle = commandHandler(ledgerConfig);
    await handle(store, 'acct-1', open(), { expectedVersion: 'no_stream' });
    Object.assign(calls, { reads: 0, appends: 0 });
    const handled = await handle(store, 'acct-1', deposit(7), { expectedVersion: 1 });
    expect(handled).toMatchObject({ _tag: 'Right', right: { version: 2, state: { balance: 7 } } });
    expect(calls).toEqual({ reads: 0, appends: 1 });
  });

  it('a cached state behind the store is caught up when the caller expects the newer version', async () => {
    const inner = new InMemoryEventStore();
    const handle = commandHandler(ledgerConfig);
    await handle(inner, 'acct-1', open());
    await commandHandler(ledgerConfig)(inner, 'acct-1', deposit(40));
    const handled = await handle(inner, 'acct-1', deposit(2), { expectedVersion: 2 });
    expect(handled).toMatchObject({ _tag: 'Right', right: { version: 3, state: { balance: 42 } } });
  });

  it('a conflict met by the append under an exact expectation is returned, not retried', async () => {
    const inner = new InMemoryEventStore();
    const handle = commandHandler(ledgerConfig);
    await handle(inner, 'acct-1', open());
    let raced = false;
    const store = forwardingStore(inner, {
      appendToStream: async (id, expected, events, options) => {
        if (!raced) {
          raced = true;
          await inner.appendToStream(id, 'any', [{ type: 'Deposited', data: { amount: 1 }, occurredAt: '2020-03-03' }]);
        }
        return inner.appendToStream(id, expected, events, options);
      },
    });
    expect(await handle(store, 'acct-1', deposit(100), { expectedVersion: 1 })).toEqual({
      _tag: 'Left',
      left: { _tag: 'ConcurrencyConflict', streamId: 'acct-1', expected: 1, actual: 2 },
    });
    expect(await typesIn(inner, 'acct-1')).toEqual(['AccountOpened', 'Deposited']);
  });

  it("'stream_exists' refuses a new stream and otherwise behaves as 'any'", async () => {
    const inner = new InMemoryEventStore();
    const handle = commandHandler(ledgerConfig);
    expect(await handle(inner, 'acct-1', open(), { expectedVersion: 'stream_exists' })).toEqual({
      _tag: 'Left',
      left: { _tag: 'ConcurrencyConflict', streamId: 'acct-1', expected: 'stream_exists', actual: 0 },
    });
    await handle(inner, 'acct-1', open());
    expect(await handle(inner, 'acct-1', deposit(3), { expectedVersion: 'stream_exists' })).toMatchObject({
      _tag: 'Right',
      right: { version: 2 },
    });
  });

  it('a retried request under an exact expectation answers as its first run', async () => {
    const inner = new InMemoryEventStore();
    const handle = commandHandler(ledgerConfig);
    const context = { commandId: 'cmd-open', expectedVersion: 'no_stream' } as const;
    const first = await handle(inner, 'acct-1', open(), context);
    // A fresh handler, as after a restart: no cached state, so the assumed new state meets the store.
    const again = await commandHandler(ledgerConfig)(inner, 'acct-1', open(), context);
    expect(first).toMatchObject({ _tag: 'Right', right: { duplicate: false, version: 1 } });
    expect(again).toMatchObject({ _tag: 'Right', right: { duplicate: true, version: 1 } });
    const deposited = await handle(inner, 'acct-1', deposit(9), { commandId: 'cmd-dep', expectedVersion: 1 });
    // Retried after the stream moved on: the expectation fails before any append, and the command
    // record says why: this is the first run's answer, not a conflict.
    const retried = await commandHandler(ledgerConfig)(inner, 'acct-1', deposit(9), {
      commandId: 'cmd-dep',
      expectedVersion: 1,
    });
    expect(retried).toEqual(
      deposited._tag === 'Right' ? { _tag: 'Right', right: { ...deposited.right, duplicate: true } } : 'unreachable',
    );
    expect(await typesIn(inner, 'acct-1')).toEqual(['AccountOpened', 'Deposited']);
  });
});
