import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { event, mustOpen, type TempDir, tempDir } from './support/tempStore';

const HOSTILE = [
  "x'); DROP TABLE events; --",
  '"; DELETE FROM events; --',
  "' OR 1=1 --",
  'a%_\\',
  'tab\tline\ncr\rbell\u0007del\u007f',
  '咸宁市科技局/合同-2020-001',
  '🚀 𠮷',
];

describe('stream ids in the file', () => {
  let tmp: TempDir;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.remove());

  it('are stored byte for byte as UTF-8, in events and command records, and no fragment ever runs', async () => {
    const store = await mustOpen({ path: tmp.file() });
    for (const [i, streamId] of HOSTILE.entries())
      await store.appendToStream(streamId, 'no_stream', [event(1)], {
        command: { commandId: `c-${i}`, fingerprint: 'f' },
      });
    await store.close();

    const raw = new Database(tmp.file(), { readonly: true });
    const hex = (table: string) =>
      raw
        .prepare<[], { id: string }>(`SELECT hex(stream_id) AS id FROM ${table} ORDER BY stream_id`)
        .all()
        .map((r) => r.id);
    const expected = HOSTILE.map((id) => Buffer.from(id, 'utf8').toString('hex').toUpperCase()).sort();
    expect(hex('events').sort()).toEqual(expected);
    expect(hex('commands').sort()).toEqual(expected);
    const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    expect(tables.map((t) => (t as { name: string }).name)).toEqual([
      'commands',
      'events',
      'projection_checkpoints',
      'projection_views',
      'schema_version',
      'snapshots',
    ]);
    raw.close();
  });

  it('NUL is refused by the kernel before any SQL runs', async () => {
    const store = await mustOpen({ path: tmp.file() });
    expect(await store.appendToStream('a\u0000b', 'any', [event(1)])).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidStreamId', streamId: 'a\u0000b', reason: 'contains-nul' },
    });
    expect(await store.readStream('a\u0000b')).toMatchObject({ _tag: 'Left', left: { reason: 'contains-nul' } });
    expect(await store.headPosition()).toBe(0);
    await store.close();
  });
});
