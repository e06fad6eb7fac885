import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { deposit, type LedgerState, ledgerConfig, ledgerDecider, ledgerRegistry, open } from '../__fixtures__/ledger';
import { InMemoryEventStore } from '../memory/inMemoryEventStore';
import { commandHandler } from './commandHandler';
import { loadAggregate, type SnapshotPolicy } from './loadAggregate';

const policy: SnapshotPolicy<LedgerState> = { name: 'ledger', schemaVersion: 2, every: 3 };

const history = async (deposits: number) => {
  const store = new InMemoryEventStore();
  const handle = commandHandler({ ...ledgerConfig, snapshot: policy });
  await handle(store, 'acct-1', open());
  for (let i = 1; i <= deposits; i++) await handle(store, 'acct-1', deposit(i));
  return store;
};

const load = (store: InMemoryEventStore, snapshot: SnapshotPolicy<LedgerState> | undefined = policy) =>
  loadAggregate(store, 'acct-1', ledgerDecider, ledgerRegistry, snapshot);

describe('loadAggregate with snapshots', () => {
  it('saves a snapshot each time the version crosses a multiple of `every`, and loads it plus the tail', async () => {
    const store = await history(7);
    expect(await store.snapshots.load('acct-1', 'ledger')).toEqual({
      streamVersion: 6,
      schemaVersion: 2,
      state: { open: true, balance: 15, movements: 5 },
    });
    expect(await load(store)).toEqual({
      _tag: 'Right',
      right: { state: { open: true, balance: 28, movements: 7 }, version: 8, snapshotVersion: 6 },
    });
  });

  it('ignores a snapshot of another schema version, replaying the stream', async () => {
    const store = await history(7);
    expect(await load(store, { ...policy, schemaVersion: 3 })).toMatchObject({
      right: { state: { balance: 28 }, version: 8, snapshotVersion: undefined },
    });
  });

  it('ignores a snapshot its codec refuses, replaying the stream', async () => {
    const store = await history(4);
    await store.snapshots.save('acct-1', 'ledger', { streamVersion: 5, schemaVersion: 2, state: { open: 'yes' } });
    const codec = t.type({ open: t.boolean, balance: t.number, movements: t.number });
    expect(await load(store, { ...policy, codec })).toMatchObject({
      right: { state: { open: true, balance: 10, movements: 4 }, version: 5, snapshotVersion: undefined },
    });
  });

  it('without a policy, snapshots are not read', async () => {
    const store = await history(7);
    expect(await loadAggregate(store, 'acct-1', ledgerDecider, ledgerRegistry)).toMatchObject({
      right: { version: 8, snapshotVersion: undefined },
    });
  });
});
