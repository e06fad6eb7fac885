// Everything a store holds survives closing it and opening the schema again, and the schema is
// migrated once: reopening finds version 1 and changes nothing.
import { seal, verify } from '@innoledger/kernel';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from './openPostgresStore';
import { event, simulated, useTestServer } from './support/testServer';
import { tablesFor } from './tables';

const server = useTestServer();

describe('reopening a schema', () => {
  it('keeps events, heads, commands, seals, snapshots and projection checkpoints', async () => {
    const first = await server.open(simulated());
    const schema = first.schema;
    await first.appendToStream('enterprise-1', 'no_stream', [event(1), event(2)], {
      command: { commandId: 'cmd-1', fingerprint: 'f1' },
    });
    await first.appendToStream('enterprise-2', 'no_stream', [event(3)]);
    expect(isRight(await seal(first))).toBe(true);
    await first.snapshots.save('enterprise-1', 'enterprise', { streamVersion: 2, schemaVersion: 1, state: { n: 2 } });
    await first.projections.save('totals', 1, { view: { total: 6, 地区: '咸宁市' }, position: 3 });
    const before = [];
    for await (const e of first.readAll()) before.push(e);
    await first.close();

    const reopened = await openPostgresStore({
      connectionString: server.url(),
      schema,
      ...simulated('2020-04-01T00:00:00.000Z'),
    });
    if (!isRight(reopened)) throw new Error(reopened.left.message);
    const store = reopened.right;
    try {
      const after = [];
      for await (const e of store.readAll()) after.push(e);
      expect(after).toEqual(before);
      expect(await store.headPosition()).toBe(4);
      expect(await store.findCommand('cmd-1')).toEqual({
        commandId: 'cmd-1',
        fingerprint: 'f1',
        streamId: 'enterprise-1',
        versionBefore: 0,
        versionAfter: 2,
      });
      expect(await store.snapshots.load('enterprise-1', 'enterprise')).toEqual({
        streamVersion: 2,
        schemaVersion: 1,
        state: { n: 2 },
      });
      expect(await store.projections.load('totals', 1)).toEqual({ view: { total: 6, 地区: '咸宁市' }, position: 3 });

      // The stream continues from its stored head: version 3, the next position, a linked hash.
      const next = await store.appendToStream('enterprise-1', 2, [event(4)]);
      expect(next).toMatchObject({ _tag: 'Right', right: { nextExpectedVersion: 3, lastGlobalPosition: 5 } });
      expect(isRight(next) && next.right.events[0]?.prevHash).toBe(before[1]?.hash);
      expect(await verify(store)).toMatchObject({ _tag: 'Right', right: { events: 5, seals: 1, lastPosition: 5 } });

      const admin = await server.client();
      const versions = await admin.query(`SELECT version FROM ${tablesFor(schema).schemaVersion} ORDER BY version`);
      expect(versions.rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]);
    } finally {
      await store.close();
    }
  });

  it('concurrent openers of a new schema migrate it once', async () => {
    const first = await server.open();
    const schema = `${first.schema}_racing`;
    const stores = await Promise.all(Array.from({ length: 4 }, () => server.open({ schema })));
    await Promise.all(stores.map((s, i) => s.appendToStream(`s-${i}`, 'no_stream', [event(i)])));
    expect(await stores[0]?.headPosition()).toBe(4);
  });
});
