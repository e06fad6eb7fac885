import { describe, expect, it } from 'vitest';
import { type LedgerEvent, ledgerRegistry } from '../__fixtures__/ledger';
import { seal } from '../history/seal';
import { InMemoryEventStore } from '../memory/inMemoryEventStore';
import type { Projection } from './projection';
import { runProjection } from './runProjection';

interface Totals {
  readonly deposited: number;
  readonly seen: number[];
}

const totals: Projection<Totals, LedgerEvent> = {
  name: 'totals',
  version: 1,
  init: () => ({ deposited: 0, seen: [] }),
  apply: (view, event) => ({
    deposited: view.deposited + (event.type === 'Deposited' ? event.data.amount : 0),
    seen: [...view.seen, event.globalPosition],
  }),
};

const deposits = (...amounts: number[]) =>
  amounts.map((amount) => ({ type: 'Deposited', data: { amount }, occurredAt: '2020-05-01' }));

const run = (
  store: InMemoryEventStore,
  options: Partial<Parameters<typeof runProjection<Totals, LedgerEvent>>[0]> = {},
) => runProjection<Totals, LedgerEvent>({ store, projection: totals, registry: ledgerRegistry, ...options });

describe('runProjection', () => {
  it('applies every event in global order and saves view and checkpoint together', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('acct-1', 'no_stream', deposits(10, 20));
    await store.appendToStream('acct-2', 'no_stream', deposits(5));
    expect(await run(store)).toEqual({
      _tag: 'Right',
      right: { view: { deposited: 35, seen: [1, 2, 3] }, position: 3, applied: 3 },
    });
    expect(await store.projections.load('totals', 1)).toEqual({
      view: { deposited: 35, seen: [1, 2, 3] },
      position: 3,
    });
  });

  it('resumes from its checkpoint, applying only what is new', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('acct-1', 'no_stream', deposits(10, 20));
    await run(store);
    await store.appendToStream('acct-1', 2, deposits(30));
    expect(await run(store)).toEqual({
      _tag: 'Right',
      right: { view: { deposited: 60, seen: [1, 2, 3] }, position: 3, applied: 1 },
    });
    expect(await run(store)).toMatchObject({ _tag: 'Right', right: { position: 3, applied: 0 } });
  });

  it('rebuild replays from zero, ignoring and then replacing the checkpoint', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('acct-1', 'no_stream', deposits(10, 20));
    await store.projections.save('totals', 1, { view: { deposited: 999, seen: [] }, position: 2 });
    expect(await run(store, { rebuild: true })).toMatchObject({
      _tag: 'Right',
      right: { view: { deposited: 30 }, applied: 2 },
    });
    expect(await store.projections.load('totals', 1)).toMatchObject({ view: { deposited: 30 }, position: 2 });
  });

  it('reads in batches of any size with the same result, reporting progress', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('acct-1', 'no_stream', deposits(1, 2, 3, 4, 5));
    for (const batchSize of [1, 2, 3, 10]) {
      const progress: number[] = [];
      const result = await run(store, { rebuild: true, batchSize, onProgress: (p) => progress.push(p) });
      expect(result).toMatchObject({ _tag: 'Right', right: { view: { deposited: 15 }, position: 5 } });
      expect(progress.at(-1)).toBe(5);
      expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    }
  });

  it('reads only the event types it lists, without decoding the others', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('acct-1', 'no_stream', [
      { type: 'AccountOpened', data: { owner: 'p-1' }, occurredAt: '2020-05-01' },
      ...deposits(10),
      { type: 'Withdrawn', data: { amount: 'corrupt, but never read' }, occurredAt: '2020-05-02' },
    ]);
    const depositsOnly = { ...totals, eventTypes: ['Deposited'] as const };
    expect(await runProjection({ store, projection: depositsOnly, registry: ledgerRegistry })).toEqual({
      _tag: 'Right',
      right: { view: { deposited: 10, seen: [2] }, position: 3, applied: 1 },
    });
  });

  it('moves its checkpoint past events it skipped, so a later run does not read them again', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('acct-1', 'no_stream', [
      { type: 'AccountOpened', data: { owner: 'p-1' }, occurredAt: '2020-05-01' },
    ]);
    const depositsOnly = { ...totals, eventTypes: ['Deposited'] as const };
    expect(await runProjection({ store, projection: depositsOnly, registry: ledgerRegistry })).toMatchObject({
      _tag: 'Right',
      right: { position: 1, applied: 0 },
    });
    expect(await store.projections.load('totals', 1)).toEqual({ view: { deposited: 0, seen: [] }, position: 1 });
  });

  it('skips the library seal stream', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('acct-1', 'no_stream', deposits(10));
    await seal(store);
    await store.appendToStream('acct-1', 1, deposits(20));
    expect(await run(store)).toEqual({
      _tag: 'Right',
      right: { view: { deposited: 30, seen: [1, 3] }, position: 3, applied: 2 },
    });
  });

  it('a corrupt event stops the run with a CorruptEvent value; checkpoints saved before it stand', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('acct-1', 'no_stream', deposits(1, 2, 3, 4));
    await store.appendToStream('acct-1', 4, [{ type: 'Deposited', data: { amount: -1 }, occurredAt: '2020-05-01' }]);
    await store.appendToStream('acct-1', 5, deposits(6));
    const result = await run(store, { batchSize: 2, checkpointEvery: 2, checkpointShare: 1 });
    expect(result).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'CorruptEvent', streamId: 'acct-1', streamVersion: 5, globalPosition: 5, path: 'data.amount' },
    });
    expect(await store.projections.load('totals', 1)).toEqual({
      view: { deposited: 10, seen: [1, 2, 3, 4] },
      position: 4,
    });
  });
});
