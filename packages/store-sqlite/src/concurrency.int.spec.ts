import { verify } from '@innoledger/kernel';
import Database from 'better-sqlite3';
import { isLeft } from 'fp-ts/lib/Either.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isStoreBusyError } from './index';
import { event, mustOpen, type TempDir, tempDir } from './support/tempStore';
import { runWriters } from './support/writers';

describe('several connections and processes on one file', () => {
  let tmp: TempDir;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.remove());

  it('two processes appending to one stream at the same version: one succeeds, one conflicts, no gap', async () => {
    const path = tmp.file();
    const setup = await mustOpen({ path });
    await setup.appendToStream('grant-7', 'no_stream', [event(1), event(2), event(3)]);
    await setup.close();

    const reports = await runWriters([
      [path, 'race', 'grant-7', '3', 'a'],
      [path, 'race', 'grant-7', '3', 'b'],
    ]);
    const results = reports.map((r) => (r as { result: { _tag: string; left?: unknown } }).result);
    expect(results.filter((r) => r._tag === 'Right')).toHaveLength(1);
    expect(results.filter((r) => r._tag === 'Left').map((r) => r.left)).toEqual([
      { _tag: 'ConcurrencyConflict', streamId: 'grant-7', expected: 3, actual: 4 },
    ]);

    const store = await mustOpen({ path });
    const read = await store.readStream('grant-7');
    expect(isLeft(read) ? read.left : read.right.map((e) => [e.streamVersion, e.globalPosition])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
    expect(await verify(store)).toMatchObject({ _tag: 'Right', right: { events: 4 } });
    await store.close();
  }, 60_000);

  it('two processes × 60 commands on three shared streams: every command applied once, versions 1..n', async () => {
    const path = tmp.file();
    const streams = 'project-1,project-2,project-3';
    const reports = (await runWriters([
      [path, 'commands', streams, '60', 'a'],
      [path, 'commands', streams, '60', 'b'],
    ])) as { applied: number; conflicts: number }[];
    expect(reports.map((r) => r.applied)).toEqual([60, 60]);

    const store = await mustOpen({ path });
    for (const streamId of streams.split(',')) {
      const read = await store.readStream(streamId);
      if (isLeft(read)) throw new Error(read.left._tag);
      expect(read.right.map((e) => e.streamVersion)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    }
    for (const label of ['a', 'b'])
      for (let i = 0; i < 60; i++) expect(await store.findCommand(`${label}-${i}`)).toBeDefined();
    expect(await store.headPosition()).toBe(120);
    expect(await verify(store)).toMatchObject({ _tag: 'Right', right: { events: 120, streams: 3 } });
    await store.close();
  }, 120_000);

  it('a writer that bypasses the stream heads still cannot take a version twice: the unique key yields a conflict', async () => {
    const path = tmp.file();
    const store = await mustOpen({ path });
    await store.appendToStream('s', 'no_stream', [event(1)]);
    const foreign = new Database(path);
    foreign
      .prepare(
        `INSERT INTO events SELECT 2, stream_id, 2, 'foreign', type, schema_version, data, metadata, occurred_at,
                recorded_at, hash, 'h2' FROM events WHERE global_position = 1`,
      )
      .run();
    foreign.close();
    expect(await store.appendToStream('s', 1, [event(2)], { command: { commandId: 'c', fingerprint: 'f' } })).toEqual({
      _tag: 'Left',
      left: { _tag: 'ConcurrencyConflict', streamId: 's', expected: 1, actual: 2 },
    });
    expect(await store.findCommand('c')).toBeUndefined();
    expect(await store.headPosition()).toBe(2);

    const head = await store.readStream('s');
    const copy = isLeft(head) ? [] : head.right;
    expect(
      await store.importRecorded([{ ...(copy[0] as (typeof copy)[number]), streamId: 's', streamVersion: 2 }]),
    ).toEqual({
      _tag: 'Left',
      left: { _tag: 'ImportRefused', reason: 'version-gap', streamId: 's', streamVersion: 2 },
    });
    expect(await store.headPosition()).toBe(2);
    await store.close();
  });

  it('a write lock held past the busy timeout rejects with StoreBusyError naming the file; nothing is written', async () => {
    const path = tmp.file();
    const store = await mustOpen({ path, busyTimeoutMs: 100 });
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    const attempt = store.appendToStream('s', 'any', [event(1)]);
    await expect(attempt).rejects.toSatisfy(isStoreBusyError);
    await expect(attempt).rejects.toThrowError(
      `SQLite database ${path} stayed locked by another connection for 100 ms`,
    );
    await expect(store.projections.save('p', 1, { view: {}, position: 0 })).rejects.toSatisfy(isStoreBusyError);
    await expect(store.importRecorded([])).rejects.toSatisfy(isStoreBusyError);
    other.exec('ROLLBACK');
    other.close();
    expect(await store.headPosition()).toBe(0);
    expect(await store.appendToStream('s', 'any', [event(1)])).toMatchObject({ _tag: 'Right' });
    await store.close();
  });

  it('a second connection sees the first one’s appends at once: heads are never cached', async () => {
    const path = tmp.file();
    const one = await mustOpen({ path });
    const two = await mustOpen({ path });
    await one.appendToStream('s', 'no_stream', [event(1)]);
    expect(await two.appendToStream('s', 'no_stream', [event(2)])).toEqual({
      _tag: 'Left',
      left: { _tag: 'ConcurrencyConflict', streamId: 's', expected: 'no_stream', actual: 1 },
    });
    expect(await two.appendToStream('s', 1, [event(2)])).toMatchObject({
      right: { nextExpectedVersion: 2, lastGlobalPosition: 2 },
    });
    expect(await one.readStream('s')).toMatchObject({ right: [{ streamVersion: 1 }, { streamVersion: 2 }] });
    await one.close();
    await two.close();
  });
});
