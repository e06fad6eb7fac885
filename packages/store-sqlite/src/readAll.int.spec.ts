import type { RecordedEvent } from '@innoledger/kernel';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { event, mustOpen, simulated, type TempDir, tempDir } from './support/tempStore';

// better-sqlite3 logs the statement with its values bound (numbers as reals: `LIMIT 1000.0`).
const BATCH_QUERY = /ORDER BY global_position LIMIT (\d+)(?:\.0)?$/;

const positions = async (iterable: AsyncIterable<RecordedEvent>) => {
  const out: number[] = [];
  for await (const e of iterable) out.push(e.globalPosition);
  return out;
};

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('readAll', () => {
  let tmp: TempDir;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.remove());

  it('reads 50,000 events holding one batch of 1000 at a time', async () => {
    const path = tmp.file();
    const writer = await mustOpen({ path, synchronous: 'NORMAL' });
    for (let s = 0; s < 50; s++) {
      const events = Array.from({ length: 1000 }, (_, i) => event(s * 1000 + i));
      expect((await writer.appendToStream(`stream-${s}`, 'no_stream', events))._tag).toBe('Right');
    }
    await writer.close();

    // A reader whose every statement is logged, so the batch queries can be counted as they run.
    const batches: number[] = [];
    const reader = await mustOpen({
      path,
      verbose: (sql) => {
        const limit = BATCH_QUERY.exec(String(sql));
        if (limit) batches.push(Number(limit[1]));
      },
    });
    let count = 0;
    const outOfStep: { position: number; batchesRun: number }[] = [];
    for await (const e of reader.readAll({ batchSize: 1000 })) {
      count++;
      // The batch holding this event is the last one fetched: nothing was read ahead of it.
      if (e.globalPosition !== count || batches.length !== Math.ceil(count / 1000))
        outOfStep.push({ position: e.globalPosition, batchesRun: batches.length });
    }
    expect(outOfStep).toEqual([]);
    expect(count).toBe(50_000);
    expect(batches).toEqual(Array(50).fill(1000));
    await reader.close();
  });

  it('honours after, toPosition and the default batch size', async () => {
    const batches: number[] = [];
    const store = await mustOpen({
      path: tmp.file(),
      verbose: (sql) => {
        const limit = BATCH_QUERY.exec(String(sql));
        if (limit) batches.push(Number(limit[1]));
      },
    });
    await store.appendToStream(
      'a',
      'no_stream',
      Array.from({ length: 2500 }, (_, i) => event(i)),
    );
    expect(await positions(store.readAll())).toEqual(range(1, 2500));
    expect(batches).toEqual([1000, 1000, 1000]);
    expect(await positions(store.readAll({ after: 2490 }))).toEqual(range(2491, 2500));
    expect(await positions(store.readAll({ after: 10, toPosition: 14, batchSize: 2 }))).toEqual([11, 12, 13, 14]);
    expect(await positions(store.readAll({ toPosition: 3 }))).toEqual([1, 2, 3]);
    expect(await positions(store.readAll({ after: 2500 }))).toEqual([]);
    expect(await positions(store.readAll({ after: 5, toPosition: 5 }))).toEqual([]);
    expect(await positions(store.readAll({ after: -3, toPosition: 2 }))).toEqual([1, 2]);
    await store.close();
  });

  it('stops at the first event recorded after recordedUpTo', async () => {
    const sim = simulated('2020-01-01T00:00:00.000Z');
    const store = await mustOpen({ path: tmp.file(), ...sim });
    for (let day = 1; day <= 5; day++) {
      sim.clock.set(`2020-01-0${day}T12:00:00.000Z`);
      await store.appendToStream('s', 'any', [event(day), event(day * 10)]);
    }
    expect(await positions(store.readAll({ recordedUpTo: '2020-01-03T12:00:00.000Z', batchSize: 3 }))).toEqual(
      range(1, 6),
    );
    expect(await positions(store.readAll({ recordedUpTo: '2020-01-03T23:59:59.999Z', after: 2 }))).toEqual([
      3, 4, 5, 6,
    ]);
    expect(await positions(store.readAll({ recordedUpTo: '2019-12-31T00:00:00.000Z' }))).toEqual([]);
    await store.close();
  });

  it('reads up to the head as it stood when reading started', async () => {
    const store = await mustOpen({ path: tmp.file() });
    await store.appendToStream('s', 'any', [event(1), event(2), event(3)]);
    const seen: number[] = [];
    for await (const e of store.readAll({ batchSize: 1 })) {
      seen.push(e.globalPosition);
      if (e.globalPosition === 1) await store.appendToStream('s', 'any', [event(4)]);
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(await positions(store.readAll({ after: 3 }))).toEqual([4]);
    await store.close();
  });

  it('lets a writer append between batches: a long read holds no lock', async () => {
    const path = tmp.file();
    const reader = await mustOpen({ path });
    const writer = await mustOpen({ path, busyTimeoutMs: 50 });
    await writer.appendToStream('s', 'any', [event(1), event(2), event(3), event(4)]);
    let writes = 0;
    for await (const _ of reader.readAll({ batchSize: 2 })) {
      const appended = await writer.appendToStream('other', 'any', [event(9)]);
      if (appended._tag === 'Right') writes++;
    }
    expect(writes).toBe(4);
    await reader.close();
    await writer.close();
  });

  it('refuses a batch size that is not a positive integer', async () => {
    const store = await mustOpen({ path: ':memory:' });
    await expect(positions(store.readAll({ batchSize: 0 }))).rejects.toThrowError(RangeError);
    await expect(positions(store.readAll({ batchSize: 2.5 }))).rejects.toThrowError(/positive integer/);
    await store.close();
  });
});
