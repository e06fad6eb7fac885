// Every value reaches PostgreSQL as a bound parameter and every identifier is quoted: stream ids
// and schema names full of quotes, SQL, control characters and Chinese come back verbatim.
import { verify } from '@innoledger/kernel';
import { describe, expect, it } from 'vitest';
import { event, simulated, useTestServer } from './support/testServer';

const server = useTestServer();

const HOSTILE_IDS = [
  "o'brien",
  'say "hi"',
  "x'; DROP TABLE events; --",
  'back\\slash\\',
  '{curly,"array",NULL}',
  'NULL',
  'tab\there\nnewline\r\u0001\u001f\u007f',
  '咸宁市科技局/项目-2020-001',
  '🚀 emoji',
  '$1 $2 %s ?',
];

describe('hostile input', () => {
  it('stores and reads back stream ids verbatim', async () => {
    const store = await server.open(simulated());
    for (const [i, id] of HOSTILE_IDS.entries())
      expect((await store.appendToStream(id, 'no_stream', [event(i)]))._tag).toBe('Right');
    for (const [i, id] of HOSTILE_IDS.entries()) {
      const read = await store.readStream(id);
      expect(read).toMatchObject({ _tag: 'Right', right: [{ streamId: id, streamVersion: 1, data: { n: i } }] });
    }
    const all = [];
    for await (const e of store.readAll()) all.push(e.streamId);
    expect(all).toEqual(HOSTILE_IDS);
    expect(await verify(store)).toMatchObject({ _tag: 'Right', right: { events: HOSTILE_IDS.length } });
  });

  it('refuses NUL in a stream id with the kernel value', async () => {
    const store = await server.open(simulated());
    expect(await store.appendToStream('a\u0000b', 'any', [event(1)])).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'InvalidStreamId', reason: 'contains-nul' },
    });
    expect(await store.readStream('a\u0000b')).toMatchObject({ _tag: 'Left', left: { _tag: 'InvalidStreamId' } });
  });

  it('round-trips payloads with NUL, quotes and Chinese text in data, snapshots and views', async () => {
    const store = await server.open(simulated());
    const data = { text: 'nul\u0000 quote\' "dq" 反斜杠\\', nested: { list: [1, '二', null, true] } };
    await store.appendToStream('payload', 'no_stream', [{ ...event(0), data }]);
    expect(await store.readStream('payload')).toMatchObject({ _tag: 'Right', right: [{ data }] });
    await store.snapshots.save("o'brien", "snap'; --", { streamVersion: 1, schemaVersion: 1, state: data });
    expect(await store.snapshots.load("o'brien", "snap'; --")).toEqual({
      streamVersion: 1,
      schemaVersion: 1,
      state: data,
    });
    await store.projections.save('view"; DROP', 2, { view: data, position: 1 });
    expect(await store.projections.load('view"; DROP', 2)).toEqual({ view: data, position: 1 });
  });

  it('quotes a hostile schema name', async () => {
    const schema = `t_${Date.now().toString(36)}"; DROP SCHEMA public; --`;
    const store = await server.open({ schema, ...simulated() });
    await store.appendToStream('s', 'no_stream', [event(1)]);
    expect(await store.headPosition()).toBe(1);
    await store.waitForAppend(0, 10_000);
  });
});
