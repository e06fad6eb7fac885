import { describe, expect, it } from 'vitest';
import { forwardingStore } from '../../../testing/src/forwardingStore';
import { type LedgerEvent, ledgerRegistry } from '../__fixtures__/ledger';
import { InMemoryEventStore } from '../memory/inMemoryEventStore';
import { SimulatedClock } from '../time/clock';
import type { Projection } from './projection';
import { runProjection } from './runProjection';

const count: Projection<number, LedgerEvent> = { name: 'count', version: 1, init: () => 0, apply: (n) => n + 1 };

/**
 * A store on a simulated clock where reading an event takes 10 ms and saving a view 100 ms,
 * recording the position of every save.
 */
const timedStore = async (events: number) => {
  const inner = new InMemoryEventStore();
  await inner.appendToStream(
    'acct-1',
    'no_stream',
    Array.from({ length: events }, () => ({ type: 'Deposited', data: { amount: 1 }, occurredAt: '2020-05-01' })),
  );
  const clock = new SimulatedClock('2020-05-01T00:00:00Z');
  const saves: number[] = [];
  const store = forwardingStore(inner, {
    readAll: async function* (options) {
      for await (const e of inner.readAll(options)) {
        clock.advance(10);
        yield e;
      }
    },
    projections: {
      load: (...args) => inner.projections.load(...args),
      save: async (name, version, state) => {
        clock.advance(100);
        saves.push(state.position);
        return inner.projections.save(name, version, state);
      },
    },
  });
  return { store, clock, saves };
};

/** Six events projected once, share 1 and a checkpoint asked for every two events: saves at 2, 4 and 6. */
const savedEveryTwoOfSix = async () => {
  const { store, clock, saves } = await timedStore(6);
  const options = {
    store,
    projection: count,
    registry: ledgerRegistry,
    batchSize: 1,
    checkpointEvery: 2,
    checkpointShare: 1,
    clock,
  };
  await runProjection(options);
  return { store, saves, options };
};

describe('runProjection: checkpoints take a bounded share of the run', () => {
  it('after a 100 ms save, share 0.5 waits 100 ms (ten events) before the next; the end is always saved', async () => {
    const { store, clock, saves } = await timedStore(25);
    const run = await runProjection({
      store,
      projection: count,
      registry: ledgerRegistry,
      batchSize: 1,
      checkpointEvery: 1,
      checkpointShare: 0.5,
      clock,
    });
    expect(run).toEqual({ _tag: 'Right', right: { view: 25, position: 25, applied: 25 } });
    expect(saves).toEqual([1, 11, 21, 25]);
  });

  it('share 1 saves on every checkpointEvery, as without a budget', async () => {
    const { saves } = await savedEveryTwoOfSix();
    expect(saves).toEqual([2, 4, 6]);
  });

  it('a rebuild replaces the stored view once, at the end, however often checkpoints are asked for', async () => {
    const { saves, options } = await savedEveryTwoOfSix();
    const rebuilt = await runProjection({ ...options, rebuild: true });
    expect(rebuilt).toEqual({ _tag: 'Right', right: { view: 6, position: 6, applied: 6 } });
    expect(saves).toEqual([2, 4, 6, 6]);
  });

  it('a rebuild that fails part-way leaves the last complete view and checkpoint in place', async () => {
    const { store, saves, options } = await savedEveryTwoOfSix();
    const failsAtFifth: Projection<number, LedgerEvent> = {
      ...count,
      apply: (n) => {
        if (n === 4) throw new Error('apply failed at the fifth event');
        return n + 1;
      },
    };
    await expect(runProjection({ ...options, projection: failsAtFifth, rebuild: true })).rejects.toThrow(
      'apply failed at the fifth event',
    );
    expect(saves).toEqual([2, 4, 6]);
    expect(await store.projections.load('count', 1)).toEqual({ view: 6, position: 6 });
  });

  it('refuses a share outside (0, 1]', async () => {
    const { store } = await timedStore(1);
    await expect(
      runProjection({ store, projection: count, registry: ledgerRegistry, checkpointShare: 0 }),
    ).rejects.toThrow(RangeError);
  });
});
