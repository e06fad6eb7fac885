import { type EventStore, InMemoryEventStore, type RecordedEvent, verify } from '@innoledger/kernel';
import { describe, expect, it } from 'vitest';
import { type MigrationProgress, migrate } from './migrate';
import { aHistory } from './support/aHistory';

const readAll = async (store: EventStore): Promise<RecordedEvent[]> => {
  const out: RecordedEvent[] = [];
  for await (const event of store.readAll()) out.push(event);
  return out;
};

const ok = <A>(result: { _tag: 'Left'; left: unknown } | { _tag: 'Right'; right: A }): A => {
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left));
  return result.right;
};

describe('migrate', () => {
  it('copies the whole history with ids, versions, order, times, metadata and hashes, and the copy verifies', async () => {
    const from = await aHistory();
    const to = new InMemoryEventStore();
    expect(ok(await migrate(from, to))).toEqual({ events: 10 });
    const source = await readAll(from);
    const copy = await readAll(to);
    expect(copy).toEqual(source);
    expect(copy.map((e) => e.hash)).toEqual(source.map((e) => e.hash));
    expect(ok(await verify(to))).toEqual({ events: 10, streams: 3, seals: 2, lastPosition: 10 });
  });

  it('imports in batches and reports progress after each', async () => {
    const from = await aHistory();
    const progress: MigrationProgress[] = [];
    ok(await migrate(from, new InMemoryEventStore(), { batchSize: 3, onProgress: (p) => progress.push(p) }));
    expect(progress).toEqual([
      { events: 3, position: 3 },
      { events: 6, position: 6 },
      { events: 9, position: 9 },
      { events: 10, position: 10 },
    ]);
  });

  it('an empty source gives an empty, verified copy', async () => {
    const to = new InMemoryEventStore();
    expect(ok(await migrate(new InMemoryEventStore(), to))).toEqual({ events: 0 });
    expect(await to.headPosition()).toBe(0);
  });

  it('refuses a target that already holds events, and writes nothing', async () => {
    const from = await aHistory();
    const to = new InMemoryEventStore();
    ok(await to.appendToStream('already-here', 'no_stream', [{ type: 'T', data: {}, occurredAt: '2020-01-01' }]));
    expect(await migrate(from, to)).toEqual({
      _tag: 'Left',
      left: {
        _tag: 'TargetNotEmpty',
        headPosition: 1,
        message: 'the target store already holds events (head position 1); migrate into an empty store',
      },
    });
    expect(await to.headPosition()).toBe(1);
  });

  it('returns the first broken link when the copied history does not verify', async () => {
    // A source holding a tampered event (import checks versions only), so the copy cannot verify.
    const original = await readAll(await aHistory());
    const tampered = original.map((e) => (e.globalPosition === 3 ? { ...e, data: { amountFen: 1 } } : e));
    const from = new InMemoryEventStore();
    ok(await from.importRecorded(tampered));
    const result = await migrate(from, new InMemoryEventStore());
    expect(result).toMatchObject({
      _tag: 'Left',
      left: {
        _tag: 'BrokenLink',
        streamId: "contract-'HT-2020-001'",
        streamVersion: 1,
        globalPosition: 3,
        problem: 'hash',
      },
    });
  });
});
