import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEALS_STREAM, seal, verify } from '@innoledger/kernel';
import { isLeft } from 'fp-ts/lib/Either.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from './index';
import { allEvents, event, mustOpen, simulated, type TempDir, tempDir } from './support/tempStore';

describe('durability and settings', () => {
  let tmp: TempDir;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.remove());

  it('keeps events, heads, commands, snapshots and projections across close and reopen', async () => {
    const path = tmp.file();
    const sim = simulated();
    const first = await mustOpen({ path, ...sim });
    await first.appendToStream('enterprise-1', 'no_stream', [event(1), event(2)], {
      command: { commandId: 'cmd-1', fingerprint: 'fp-1' },
    });
    sim.clock.advance(60_000);
    await first.appendToStream('enterprise-2', 'no_stream', [event(3)]);
    await first.snapshots.save('enterprise-1', 'enterprise', { streamVersion: 2, schemaVersion: 1, state: { n: 2 } });
    await first.projections.save('counts', 1, { view: { total: 3 }, position: 3 });
    const before = await allEvents(first);
    await first.close();

    const second = await mustOpen({ path, ...sim });
    expect(await allEvents(second)).toEqual(before);
    expect(await second.headPosition()).toBe(3);
    expect(await second.findCommand('cmd-1')).toEqual({
      commandId: 'cmd-1',
      fingerprint: 'fp-1',
      streamId: 'enterprise-1',
      versionBefore: 0,
      versionAfter: 2,
    });
    expect(await second.snapshots.load('enterprise-1', 'enterprise')).toEqual({
      streamVersion: 2,
      schemaVersion: 1,
      state: { n: 2 },
    });
    expect(await second.projections.load('counts', 1)).toEqual({ view: { total: 3 }, position: 3 });

    // The reopened store continues the hash chain and the positions where the first one stopped.
    const next = await second.appendToStream('enterprise-1', 2, [event(4)]);
    expect(next).toMatchObject({ _tag: 'Right', right: { nextExpectedVersion: 3, lastGlobalPosition: 4 } });
    expect(await second.readStream('enterprise-1')).toMatchObject({
      right: [{}, { hash: before[1]?.hash }, { prevHash: before[1]?.hash }],
    });
    expect(await seal(second)).toMatchObject({ _tag: 'Right', right: { position: 4, streams: 2 } });
    expect(await verify(second)).toMatchObject({ _tag: 'Right', right: { seals: 1, lastPosition: 5 } });
    const sealed = await second.readStream(SEALS_STREAM);
    expect(sealed).toMatchObject({ _tag: 'Right', right: [{ streamVersion: 1 }] });
    await second.close();
  });

  it('recordedAt never goes backwards, even when the clock does, and even across reopen', async () => {
    const path = tmp.file();
    const sim = simulated('2020-06-01T00:00:00.000Z');
    const first = await mustOpen({ path, ...sim });
    await first.appendToStream('s', 'any', [event(1)]);
    await first.close();
    sim.clock.set('2019-01-01T00:00:00.000Z');
    const second = await mustOpen({ path, ...sim });
    const appended = await second.appendToStream('s', 'any', [event(2)]);
    expect(appended).toMatchObject({ right: { events: [{ recordedAt: '2020-06-01T00:00:00.000Z' }] } });
    await second.close();
  });

  it('runs WAL with synchronous=FULL by default, NORMAL on request, and reads the pragmas back', async () => {
    const full = await mustOpen({ path: tmp.file('full.db') });
    expect(full.settings()).toEqual({
      journalMode: 'wal',
      synchronous: 'FULL',
      busyTimeoutMs: 10_000,
      schemaVersion: 2,
      walAutocheckpoint: 1000,
      walCheckpointThread: false,
    });
    await full.close();
    const normal = await mustOpen({ path: tmp.file('normal.db'), synchronous: 'NORMAL', busyTimeoutMs: 250 });
    expect(normal.settings()).toEqual({
      journalMode: 'wal',
      synchronous: 'NORMAL',
      busyTimeoutMs: 250,
      schemaVersion: 2,
      walAutocheckpoint: 1000,
      walCheckpointThread: false,
    });
    await normal.close();
  });

  it('creates missing parent directories', async () => {
    const path = join(tmp.dir, 'a', 'b', 'c', 'ledger.db');
    const store = await mustOpen({ path });
    expect(await store.appendToStream('s', 'no_stream', [event(1)])).toMatchObject({ _tag: 'Right' });
    await store.close();
  });

  it('opens :memory: as a throwaway store', async () => {
    const store = await mustOpen({ path: ':memory:' });
    await store.appendToStream('s', 'no_stream', [event(1)]);
    expect(await store.headPosition()).toBe(1);
    expect(store.settings().journalMode).toBe('memory');
    await store.close();
  });

  it('reports a file it cannot open as StoreUnavailable naming the path', async () => {
    const notADatabase = tmp.file('notes.txt');
    writeFileSync(
      notADatabase,
      'this is not a database file, just some text that is long enough to be read'.repeat(20),
    );
    const opened = await openSqliteStore({ path: notADatabase });
    expect(opened).toEqual({
      _tag: 'Left',
      left: { _tag: 'StoreUnavailable', location: notADatabase, message: expect.stringContaining(notADatabase) },
    });

    const directory = tmp.file('a-directory');
    mkdirSync(directory);
    const onDirectory = await openSqliteStore({ path: directory });
    expect(isLeft(onDirectory) && onDirectory.left.location).toBe(directory);

    const blockedParent = join(notADatabase, 'child.db');
    const underFile = await openSqliteStore({ path: blockedParent });
    expect(isLeft(underFile) && underFile.left.message).toContain(blockedParent);
  });

  it('refuses a synchronous mode it does not offer instead of splicing it into a PRAGMA', async () => {
    const opened = await openSqliteStore({ path: tmp.file(), synchronous: 'OFF; DROP TABLE events' as 'FULL' });
    expect(isLeft(opened) && opened.left.message).toMatch(/synchronous must be 'FULL' or 'NORMAL'/);
  });

  it('rejects calls after close, and closing twice is harmless', async () => {
    const store = await mustOpen({ path: tmp.file() });
    await store.close();
    await store.close();
    await expect(store.headPosition()).rejects.toThrow(/not open/);
  });
});
