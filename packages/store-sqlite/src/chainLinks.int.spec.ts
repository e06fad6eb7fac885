import { type EventStore, seal, verify } from '@innoledger/kernel';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteEventStore } from './sqliteEventStore';
import { mustOpen, simulated, type TempDir, tempDir } from './support/tempStore';

const HOSTILE = [
  `quote " and backslash \\ and slash /`,
  'control \u0001\u0008\u0009\u000a\u000c\u000d\u001f and DEL \u007f',
  'line separators \u2028\u2029',
  "'; DROP TABLE events; --",
  '咸宁市科技局 高新技术企业',
  'emoji 🧪 and astral 𠀀',
];

const _all = async <T>(iterable: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
};

/** The same store without its chain-link reader, so verify takes the parsing path. */
const parsingOnly = (store: EventStore): EventStore => ({
  capabilities: store.capabilities,
  snapshots: store.snapshots,
  projections: store.projections,
  appendToStream: (...args) => store.appendToStream(...args),
  readStream: (...args) => store.readStream(...args),
  readAll: (...args) => store.readAll(...args),
  importRecorded: (...args) => store.importRecorded(...args),
  headPosition: () => store.headPosition(),
  findCommand: (...args) => store.findCommand(...args),
  close: () => store.close(),
});

describe('verify through readChainLinks agrees with the parsing path on SQLite', () => {
  let tmp: TempDir;
  let store: SqliteEventStore;
  let raw: Database.Database;

  beforeEach(async () => {
    tmp = tempDir();
    store = await mustOpen({ path: tmp.file(), ...simulated() });
    for (const [i, text] of HOSTILE.entries()) {
      const appended = await store.appendToStream(`stream ${text}`, 'any', [
        {
          type: `Type ${text}`,
          data: { text, n: i, nested: { list: [text, i, null, true] } },
          occurredAt: '2020-03-01',
        },
        { type: 'Plain', data: [i, -0, 1e21, 0.1], occurredAt: '2020-03-02', metadata: { actor: text } },
      ]);
      expect(appended._tag).toBe('Right');
    }
    expect((await seal(store))._tag).toBe('Right');
    raw = new Database(tmp.file());
  });

  afterEach(async () => {
    raw.close();
    await store.close();
    tmp.remove();
  });

  const damage = (column: string, value: string, position: number) =>
    raw.prepare(`UPDATE events SET ${column} = ? WHERE global_position = ?`).run(value, position);

  const bothPaths = async () => [await verify(store), await verify(parsingOnly(store))];

  it('verify agrees with the parsing path on an intact history', async () => {
    const [fast, parsing] = await bothPaths();
    expect(fast).toEqual({ _tag: 'Right', right: { events: 13, streams: HOSTILE.length, seals: 1, lastPosition: 13 } });
    expect(fast).toEqual(parsing);
  });

  it('altered data is the BrokenLink the parsing path reports, naming stream and version', async () => {
    damage('data', '{"n":3,"nested":{"list":["x",3,null,true]},"text":"x"}', 7);
    const [fast, parsing] = await bothPaths();
    expect(fast).toMatchObject({
      _tag: 'Left',
      left: {
        _tag: 'BrokenLink',
        problem: 'hash',
        streamId: `stream ${HOSTILE[3]}`,
        streamVersion: 1,
        globalPosition: 7,
      },
    });
    expect(fast).toEqual(parsing);
  });

  it('the same data written non-canonically (spaces, other key order) still verifies, as it parses the same', async () => {
    damage('data', '[ 0, 0, 1e21, 0.1 ]', 2);
    const [fast, parsing] = await bothPaths();
    expect(fast).toMatchObject({ _tag: 'Right', right: { events: 13 } });
    expect(fast).toEqual(parsing);
  });

  it('broken JSON is the CorruptEvent of the ordinary read, with stream and position', async () => {
    damage('metadata', '{"actor":', 4);
    const [fast, parsing] = await bothPaths();
    expect(fast).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'CorruptEvent', streamId: `stream ${HOSTILE[1]}`, globalPosition: 4, path: 'metadata' },
    });
    expect(fast).toEqual(parsing);
  });
});
