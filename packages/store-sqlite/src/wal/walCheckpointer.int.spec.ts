import { existsSync, statSync } from 'node:fs';
import { verify } from '@innoledger/kernel';
import Database from 'better-sqlite3';
import { isLeft } from 'fp-ts/lib/Either.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SqliteEventStore } from '../sqliteEventStore';
import { runModuleScript } from '../support/moduleScript';
import { allEvents, mustOpen, type TempDir, tempDir } from '../support/tempStore';
import { EVENTS_PER_CHECKPOINT, WRITER_THRESHOLD_PAGES, walCheckpointer } from './walCheckpointer';

// Payloads of about 1 KB: a command of five fills more than a page, so the WAL and the database
// file's size show whether pages were copied.
const note = 'x'.repeat(1000);
const command = (n: number) =>
  Array.from({ length: 5 }, (_, i) => ({ type: 'Noted', data: { n, i, note }, occurredAt: '2020-03-01' }));

/** Appends `commands` five-event commands to streams s-0…s-9, round-robin. */
const appendCommands = async (store: SqliteEventStore, commands: number) => {
  for (let n = 0; n < commands; n++) {
    const streamId = `s-${n % 10}`;
    const expected = n < 10 ? 'no_stream' : Math.floor(n / 10) * 5;
    const appended = await store.appendToStream(streamId, expected, command(n));
    if (isLeft(appended)) throw new Error(JSON.stringify(appended.left));
  }
};

// Polls until the thread has done its part; fails the test after 10 s.
const until = (condition: () => boolean) => vi.waitUntil(condition, { timeout: 10_000, interval: 20 });

describe('the WAL checkpoint thread', () => {
  let tmp: TempDir;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.remove());

  // 120 commands of 5 events pass EVENTS_PER_CHECKPOINT once, and write some 700 pages: below
  // SQLite's own threshold of 1,000, so only the thread can have copied them.
  const COMMANDS = 120;

  it('copies the WAL into the database file while the writer goes on, and raises the writer’s threshold', async () => {
    const path = tmp.file();
    const store = await mustOpen({ path, synchronous: 'NORMAL', walCheckpointThread: true });
    const empty = statSync(path).size;
    await appendCommands(store, COMMANDS);
    expect(store.settings()).toMatchObject({ walCheckpointThread: true, walAutocheckpoint: WRITER_THRESHOLD_PAGES });
    // 600 events of 1 KB take more than 600 KB once copied into the file.
    await until(() => statSync(path).size > empty + 600_000);
    await store.close();
  });

  it('is not started when turned off: the writer checkpoints at SQLite’s own threshold', async () => {
    const path = tmp.file();
    const store = await mustOpen({ path, synchronous: 'NORMAL', walCheckpointThread: false });
    const empty = statSync(path).size;
    await appendCommands(store, COMMANDS);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(store.settings()).toMatchObject({ walCheckpointThread: false, walAutocheckpoint: 1000 });
    expect(statSync(path).size).toBe(empty);
    await store.close();
  });

  it('starts only once EVENTS_PER_CHECKPOINT events are written, so a store that only reads has none', async () => {
    const path = tmp.file();
    const store = await mustOpen({ path, walCheckpointThread: true });
    await store.readStream('s-0');
    await appendCommands(store, Math.floor(EVENTS_PER_CHECKPOINT / 5));
    expect(store.settings()).toMatchObject({ walCheckpointThread: false, walAutocheckpoint: 1000 });
    const more = await store.appendToStream('s-extra', 'no_stream', command(0));
    expect(isLeft(more)).toBe(false);
    expect(store.settings().walCheckpointThread).toBe(true);
    await store.close();
  });

  it('counts imported events too', async () => {
    const source = await mustOpen({ path: tmp.file('source.db'), walCheckpointThread: false });
    await appendCommands(source, COMMANDS);
    const history = await allEvents(source);
    await source.close();
    const target = await mustOpen({ path: tmp.file('target.db'), walCheckpointThread: true });
    expect(await target.importRecorded(history)).toEqual({ _tag: 'Right', right: history.length });
    expect(target.settings().walCheckpointThread).toBe(true);
    await target.close();
  });

  it('closes the thread’s connection too, so closing leaves no WAL, and the history reads back whole', async () => {
    const path = tmp.file();
    const store = await mustOpen({ path, synchronous: 'NORMAL', walCheckpointThread: true });
    await appendCommands(store, COMMANDS * 5);
    const written = await allEvents(store);
    await store.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    await store.close();

    const reopened = await mustOpen({ path, walCheckpointThread: false });
    expect(await allEvents(reopened)).toEqual(written);
    expect(written).toHaveLength(COMMANDS * 25);
    expect(await verify(reopened)).toMatchObject({ _tag: 'Right', right: { events: COMMANDS * 25 } });
    await reopened.close();
  });

  it('works in a process run with ES-module flags, and does not keep it alive when the store is never closed', () => {
    const path = tmp.file();
    const script = `
      import { statSync } from 'node:fs';
      import { openSqliteStore } from '@innoledger/store-sqlite';
      const path = ${JSON.stringify(path)};
      const opened = await openSqliteStore({ path, walCheckpointThread: true });
      const store = opened.right;
      const note = 'x'.repeat(1000);
      for (let n = 0; n < 120; n++)
        await store.appendToStream('s-' + n, 'no_stream', Array.from({ length: 5 }, (_, i) => ({ type: 'Noted', data: { i, note }, occurredAt: '2020-03-01' })));
      const deadline = Date.now() + 10_000;
      while (statSync(path).size < 600_000 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      console.log(store.settings().walCheckpointThread, statSync(path).size >= 600_000);
    `;
    const child = runModuleScript(script);
    expect(child.error).toBeUndefined();
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('true true');
    expect(child.status).toBe(0);
  });

  it('gives the writer its own threshold back when the thread fails, and does not start another', async () => {
    const db = new Database(tmp.file());
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 777');
    // The thread opens the file by path and refuses to create one: this one does not exist.
    const checkpointer = walCheckpointer(db, { path: tmp.file('moved.db'), synchronous: 'NORMAL' });
    checkpointer.written(EVENTS_PER_CHECKPOINT);
    expect(checkpointer.running).toBe(true);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(WRITER_THRESHOLD_PAGES);
    await until(() => !checkpointer.running);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(777);
    checkpointer.written(EVENTS_PER_CHECKPOINT);
    expect(checkpointer.running).toBe(false);
    await checkpointer.close();
    db.close();
  });
});
