import { describe, expect, it } from 'vitest';
import { deposit, ledgerConfig, open } from '../__fixtures__/ledger';
import { InMemoryEventStore } from '../memory/inMemoryEventStore';
import { commandHandler } from './commandHandler';

const handle = commandHandler(ledgerConfig);

describe('commandHandler idempotency by commandId', () => {
  it('the same command twice appends once; the second call returns the first result marked duplicate', async () => {
    const store = new InMemoryEventStore();
    await handle(store, 'acct-1', open());
    const first = await handle(store, 'acct-1', deposit(500), { commandId: 'cmd-1', actor: 'person-9' });
    await handle(store, 'acct-1', deposit(20));
    const second = await handle(store, 'acct-1', deposit(500), { commandId: 'cmd-1', actor: 'person-9' });
    expect(first).toMatchObject({ _tag: 'Right', right: { duplicate: false, version: 2 } });
    expect(second).toMatchObject({ _tag: 'Right', right: { duplicate: true, version: 2 } });
    if (first._tag === 'Right' && second._tag === 'Right') {
      expect(second.right.events).toEqual(first.right.events);
      expect(second.right.state).toEqual(first.right.state);
      expect(second.right.state).toEqual({ open: true, balance: 500, movements: 1 });
    }
    const read = await store.readStream('acct-1');
    expect(read._tag === 'Right' && read.right.map((e) => e.type)).toEqual(['AccountOpened', 'Deposited', 'Deposited']);
    expect(read._tag === 'Right' && read.right[1]?.metadata).toEqual({ actor: 'person-9', commandId: 'cmd-1' });
  });

  it('a command id reused with a different payload or stream is CommandIdReused, and nothing is written', async () => {
    const store = new InMemoryEventStore();
    await handle(store, 'acct-1', open());
    await handle(store, 'acct-1', deposit(500), { commandId: 'cmd-1' });
    const head = await store.headPosition();
    expect(await handle(store, 'acct-1', deposit(501), { commandId: 'cmd-1' })).toEqual({
      _tag: 'Left',
      left: { _tag: 'CommandIdReused', commandId: 'cmd-1', streamId: 'acct-1', firstStreamId: 'acct-1' },
    });
    expect(await handle(store, 'acct-2', deposit(500), { commandId: 'cmd-1' })).toEqual({
      _tag: 'Left',
      left: { _tag: 'CommandIdReused', commandId: 'cmd-1', streamId: 'acct-2', firstStreamId: 'acct-1' },
    });
    expect(await store.headPosition()).toBe(head);
  });

  it('a command that decided no events is remembered too', async () => {
    const store = new InMemoryEventStore();
    const noop = commandHandler({
      ...ledgerConfig,
      decider: { ...ledgerConfig.decider, decide: () => ({ _tag: 'Right', right: [] }) },
    });
    const first = await noop(store, 'acct-1', open(), { commandId: 'cmd-noop' });
    const second = await noop(store, 'acct-1', open(), { commandId: 'cmd-noop' });
    expect(first).toMatchObject({ _tag: 'Right', right: { duplicate: false, version: 0, events: [] } });
    expect(second).toMatchObject({ _tag: 'Right', right: { duplicate: true, version: 0, events: [] } });
  });

  it('two racing calls with the same commandId: one appends, the other returns its result as a duplicate', async () => {
    const store = new InMemoryEventStore();
    const [a, b] = await Promise.all([
      handle(store, 'acct-race', open('person-1'), { commandId: 'cmd-open' }),
      handle(store, 'acct-race', open('person-1'), { commandId: 'cmd-open' }),
    ]);
    expect([a, b].map((r) => r._tag === 'Right' && r.right.duplicate).sort()).toEqual([false, true]);
    if (a._tag === 'Right' && b._tag === 'Right') expect(a.right.events).toEqual(b.right.events);
    const read = await store.readStream('acct-race');
    expect(read._tag === 'Right' && read.right).toHaveLength(1);
  });
});
