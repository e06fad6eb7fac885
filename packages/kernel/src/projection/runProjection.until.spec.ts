import { describe, expect, it } from 'vitest';
import { type LedgerEvent, ledgerRegistry } from '../__fixtures__/ledger';
import { InMemoryEventStore } from '../memory/inMemoryEventStore';
import { parseKnownAt } from '../time/businessDate';
import { SimulatedClock } from '../time/clock';
import type { Projection } from './projection';
import { runProjection } from './runProjection';

const deposited: Projection<number, LedgerEvent> = {
  name: 'deposited',
  version: 1,
  init: () => 0,
  apply: (total, event) => total + (event.type === 'Deposited' ? event.data.amount : 0),
};

/** Deposits recorded on 2020-07-30, 2020-07-31 and 2020-08-01 (10:00 China Standard Time). */
const history = async () => {
  const clock = new SimulatedClock('2020-07-30T02:00:00.000Z');
  const store = new InMemoryEventStore({ clock });
  for (const [i, amount] of [100, 20, 3].entries()) {
    clock.set(new Date(Date.UTC(2020, 6, 30 + i, 2)));
    await store.appendToStream('acct-1', 'any', [{ type: 'Deposited', data: { amount }, occurredAt: '2020-07-30' }]);
  }
  return store;
};

const asOf = (store: InMemoryEventStore, until: { position?: number; recordedAt?: string }) =>
  runProjection({ store, projection: deposited, registry: ledgerRegistry, until });

describe('runProjection as known at', () => {
  it('until.position stops at that position, inclusive', async () => {
    const store = await history();
    expect(await asOf(store, { position: 2 })).toEqual({
      _tag: 'Right',
      right: { view: 120, position: 2, applied: 2 },
    });
  });

  it('until.recordedAt stops at what was recorded by then: a business date means the end of that day in CST', async () => {
    const store = await history();
    expect(await asOf(store, { recordedAt: parseKnownAt('2020-07-31') as string })).toMatchObject({
      _tag: 'Right',
      right: { view: 120, position: 2 },
    });
    expect(await asOf(store, { recordedAt: '2020-07-30T01:59:59.999Z' })).toMatchObject({
      right: { view: 0, applied: 0 },
    });
    expect(await asOf(store, { recordedAt: '2020-07-30T02:00:00.000Z' })).toMatchObject({ right: { view: 100 } });
  });

  it('the tighter of position and recordedAt wins', async () => {
    const store = await history();
    expect(await asOf(store, { position: 1, recordedAt: '2021-01-01T00:00:00.000Z' })).toMatchObject({
      right: { view: 100 },
    });
    expect(await asOf(store, { position: 3, recordedAt: '2020-07-30T12:00:00.000Z' })).toMatchObject({
      right: { view: 100 },
    });
  });

  it('a bounded run neither reads nor writes the checkpoint', async () => {
    const store = await history();
    await store.projections.save('deposited', 1, { view: 999, position: 3 });
    expect(await asOf(store, { position: 2 })).toMatchObject({ right: { view: 120 } });
    expect(await store.projections.load('deposited', 1)).toEqual({ view: 999, position: 3 });
    const fresh = await history();
    await asOf(fresh, { position: 2 });
    expect(await fresh.projections.load('deposited', 1)).toBeUndefined();
  });
});
