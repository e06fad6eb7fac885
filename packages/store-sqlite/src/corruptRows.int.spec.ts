import { type CorruptEvent, CorruptEventError, type RecordedEvent, verify } from '@innoledger/kernel';
import { forwardingStore } from '@innoledger/testing';
import Database from 'better-sqlite3';
import { isRight } from 'fp-ts/lib/Either.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteEventStore } from './sqliteEventStore';
import { event, mustOpen, simulated, type TempDir, tempDir } from './support/tempStore';

/** Drains readAll, returning what came out before it threw (or undefined if it did not). */
const drain = async (store: SqliteEventStore) => {
  const seen: RecordedEvent[] = [];
  try {
    for await (const e of store.readAll({ batchSize: 2 })) seen.push(e);
    return { seen, thrown: undefined };
  } catch (error) {
    return { seen, thrown: error };
  }
};

describe('corrupt rows', () => {
  let tmp: TempDir;
  let store: SqliteEventStore;
  let raw: Database.Database;

  beforeEach(async () => {
    tmp = tempDir();
    store = await mustOpen({ path: tmp.file(), ...simulated() });
    await store.appendToStream('grant-1', 'no_stream', [event(1), event(2), event(3)]);
    await store.appendToStream('grant-2', 'no_stream', [event(4)]);
    // A second connection, as a damaged file or a careless tool would present it.
    raw = new Database(tmp.file());
  });

  afterEach(async () => {
    raw.close();
    await store.close();
    tmp.remove();
  });

  const damage = (column: string, text: string, version = 2) =>
    raw
      .prepare(`UPDATE events SET ${column} = ? WHERE stream_id = 'grant-1' AND stream_version = ?`)
      .run(text, version);

  const expectCorrupt = async (expected: Omit<CorruptEvent, '_tag' | 'message'>, message: RegExp) => {
    const read = await store.readStream(expected.streamId);
    expect(read).toEqual({ _tag: 'Left', left: { ...expected, _tag: 'CorruptEvent', message: expect.any(String) } });
    if (isRight(read) || read.left._tag !== 'CorruptEvent') throw new Error('readStream should report a corrupt row');
    expect(read.left.message).toMatch(message);

    const { seen, thrown } = await drain(store);
    expect(thrown).toBeInstanceOf(CorruptEventError);
    expect((thrown as CorruptEventError).corrupt).toEqual(read.left);
    // Everything before the bad row came out, nothing after it: no silent skip.
    expect(seen.map((e) => e.globalPosition)).toEqual(
      Array.from({ length: (expected.globalPosition ?? 1) - 1 }, (_, i) => i + 1),
    );
  };

  it('broken JSON in data names stream, version, position and the field', async () => {
    damage('data', '{"n": 2');
    await expectCorrupt({ streamId: 'grant-1', streamVersion: 2, globalPosition: 2, path: 'data' }, /not valid JSON/);
  });

  it('broken JSON in metadata is corrupt', async () => {
    damage('metadata', 'not json at all');
    await expectCorrupt(
      { streamId: 'grant-1', streamVersion: 2, globalPosition: 2, path: 'metadata' },
      /not valid JSON/,
    );
  });

  it('metadata that is JSON but not an object is corrupt', async () => {
    damage('metadata', '["actor"]', 3);
    await expectCorrupt(
      { streamId: 'grant-1', streamVersion: 3, globalPosition: 3, path: 'metadata' },
      /not a JSON object/,
    );
  });

  it('a wrongly typed value cannot even be written: the tables are STRICT', () => {
    expect(() => raw.prepare("UPDATE events SET schema_version = 'one' WHERE global_position = 1").run()).toThrowError(
      /cannot store TEXT value in INTEGER column/,
    );
    expect(() => raw.prepare('UPDATE events SET data = NULL WHERE global_position = 1').run()).toThrowError(/NOT NULL/);
  });

  it('an unknown type or payload is not the store’s business: it reads back as stored', async () => {
    raw.prepare("UPDATE events SET type = 'NoSuchEvent', data = '{\"x\":[1,2]}' WHERE global_position = 4").run();
    const read = await store.readStream('grant-2');
    expect(read).toMatchObject({ _tag: 'Right', right: [{ type: 'NoSuchEvent', data: { x: [1, 2] } }] });
  });

  it('columns added by another tool are ignored', async () => {
    raw.exec("ALTER TABLE events ADD COLUMN note TEXT DEFAULT 'x'");
    const read = await store.readStream('grant-1');
    expect(isRight(read) && read.right.map((e) => Object.keys(e).includes('note'))).toEqual([false, false, false]);
  });

  // verify reads readChainLinks (the hash input SQLite rebuilds); forwardingStore passes on no
  // optional method, so verify through it takes the parsing path. Both must say the same.
  it.each([
    [
      'an intact history',
      () => undefined,
      { _tag: 'Right', right: { events: 4, streams: 2, seals: 0, lastPosition: 4 } },
    ],
    [
      'altered data',
      () => damage('data', '{"n":22}'),
      {
        _tag: 'Left',
        left: { _tag: 'BrokenLink', problem: 'hash', streamId: 'grant-1', streamVersion: 2, globalPosition: 2 },
      },
    ],
    [
      'the same data written non-canonically',
      () => damage('data', '{ "n" : 2 }'),
      { _tag: 'Right', right: { events: 4 } },
    ],
    [
      'broken metadata JSON',
      () => damage('metadata', '{"actor":'),
      { _tag: 'Left', left: { _tag: 'CorruptEvent', streamId: 'grant-1', globalPosition: 2, path: 'metadata' } },
    ],
  ])(
    'verify through readChainLinks, hashed here or on threads, agrees with the parsing path on %s',
    async (_, act, expected) => {
      act();
      const fast = await verify(store);
      expect(fast).toMatchObject(expected);
      expect(fast).toEqual(await verify(forwardingStore(store)));
      const threaded = await mustOpen({ path: tmp.file(), verifyThreads: { threads: 2, fromEvents: 0 } });
      try {
        expect(await verify(threaded)).toEqual(fast);
      } finally {
        await threaded.close();
      }
    },
  );

  it('a healthy stream next to a corrupt one still reads', async () => {
    damage('data', '{');
    const read = await store.readStream('grant-2');
    expect(read).toMatchObject({ _tag: 'Right', right: [{ streamVersion: 1, data: { n: 4 } }] });
  });
});
