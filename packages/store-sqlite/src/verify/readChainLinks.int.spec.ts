import { symlinkSync, unlinkSync } from 'node:fs';
import { type ChainLink, verify } from '@innoledger/kernel';
import { forwardingStore } from '@innoledger/testing';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { headPosition } from '../operations/headPosition';
import type { SqliteEventStore } from '../sqliteEventStore';
import { runModuleScript } from '../support/moduleScript';
import { event, mustOpen, simulated, type TempDir, tempDir } from '../support/tempStore';
import { readChainLinks } from './readChainLinks';

const THREADS = { threads: 2, fromEvents: 0, rangeSize: 7 };

describe('chain links hashed on worker threads', () => {
  let tmp: TempDir;
  let store: SqliteEventStore;
  let db: Database.Database;

  beforeEach(async () => {
    tmp = tempDir();
    store = await mustOpen({ path: tmp.file(), ...simulated() });
    // 40 events over 6 streams: ranges of 7 cut through commands and streams alike.
    for (let i = 0; i < 10; i++)
      await store.appendToStream(`grant-${i % 6}`, 'any', [
        event(4 * i),
        event(4 * i + 1),
        event(4 * i + 2),
        event(4 * i + 3),
      ]);
    db = new Database(tmp.file());
  });

  afterEach(async () => {
    db.close();
    await store.close();
    tmp.remove();
  });

  const links = async (after = 0, batchSize = 5) => {
    const out: ChainLink[] = [];
    for await (const batch of readChainLinks(db, headPosition(db), THREADS)({ after, batchSize })) out.push(...batch);
    return out;
  };
  const textLinks = async (after = 0) => {
    const out: ChainLink[] = [];
    for await (const batch of readChainLinks(db, headPosition(db), undefined)({ after })) out.push(...batch);
    return out;
  };

  it('marks every intact link checked, without its text, in global order from any position', async () => {
    const threaded = await links();
    expect(threaded.map((l) => l.globalPosition)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(threaded.every((l) => l.hashChecked === true && l.hashInput === undefined)).toBe(true);
    const plain = await textLinks();
    expect(threaded.map(({ hashInput: _, hashChecked: __, ...l }) => l)).toEqual(
      plain.map(({ hashInput: _, hashChecked: __, ...l }) => l),
    );
    expect((await links(33, 2)).map((l) => l.globalPosition)).toEqual([34, 35, 36, 37, 38, 39, 40]);
  });

  it('leaves a link whose text does not hash right unchecked, and verify names it as the text path does', async () => {
    db.prepare(`UPDATE events SET data = '{"n":99}' WHERE global_position = 23`).run();
    const threaded = await links();
    expect(threaded.filter((l) => l.hashChecked !== true).map((l) => l.globalPosition)).toEqual([23]);
    expect(threaded[22]?.hashInput).toBeUndefined();
    const viaThreads = await mustOpen({ path: tmp.file(), verifyThreads: { threads: 2, fromEvents: 0 } });
    try {
      const found = await verify(viaThreads);
      expect(found).toMatchObject({ _tag: 'Left', left: { _tag: 'BrokenLink', problem: 'hash', globalPosition: 23 } });
      expect(found).toEqual(await verify(forwardingStore(store)));
    } finally {
      await viaThreads.close();
    }
  });

  it('checks on the calling thread when the threads cannot open the file', async () => {
    // A connection opened through a link that is gone by the time the threads look for it.
    symlinkSync(tmp.file(), tmp.file('link.db'));
    const linked = new Database(tmp.file('link.db'));
    unlinkSync(tmp.file('link.db'));
    try {
      const fallen: ChainLink[] = [];
      for await (const batch of readChainLinks(linked, headPosition(linked), THREADS)()) fallen.push(...batch);
      expect(fallen).toEqual(await textLinks());
      expect(fallen.every((l) => l.hashChecked === false && typeof l.hashInput === 'string')).toBe(true);
    } finally {
      linked.close();
    }
  });

  it('stops its threads when the reader stops early', async () => {
    let batches = 0;
    for await (const _ of readChainLinks(db, headPosition(db), THREADS)({ batchSize: 3 })) if (++batches === 2) break;
    expect(batches).toBe(2);
    expect(await links()).toHaveLength(40);
  });

  it('hashes on its threads in a process run with ES-module flags too', () => {
    const script = `
      import { openSqliteStore } from '@innoledger/store-sqlite';
      const opened = await openSqliteStore({ path: ${JSON.stringify(tmp.file())}, verifyThreads: { threads: 1, fromEvents: 0 } });
      const checked = [];
      for await (const batch of opened.right.readChainLinks()) for (const link of batch) checked.push(link.hashChecked);
      console.log(checked.length, checked.every((c) => c === true));
      await opened.right.close();
    `;
    const child = runModuleScript(script);
    expect(child.error).toBeUndefined();
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('40 true');
    expect(child.status).toBe(0);
  });
});
