// Rows damaged behind the store's back come back as the kernel's CorruptEvent naming stream,
// version and position: a Left from readStream, a CorruptEventError from readAll, never a skip.
import { isCorruptEventError, verify } from '@innoledger/kernel';
import { describe, expect, it } from 'vitest';
import type { PostgresEventStore } from './postgresEventStore';
import { event, simulated, useTestServer } from './support/testServer';
import { tablesFor } from './tables';

const server = useTestServer();

const damaged = async (column: 'data' | 'metadata' | 'type', value: string): Promise<PostgresEventStore> => {
  const store = await server.open(simulated());
  await store.appendToStream('contract-1', 'no_stream', [event(1), event(2), event(3)]);
  await store.appendToStream('contract-2', 'no_stream', [event(4)]);
  const admin = await server.client();
  await admin.query(`UPDATE ${tablesFor(store.schema).events} SET ${column} = $1 WHERE global_position = 2`, [value]);
  return store;
};

const readAllError = async (store: PostgresEventStore): Promise<unknown> => {
  try {
    for await (const _ of store.readAll({ batchSize: 1 })) {
      // drain
    }
  } catch (error) {
    return error;
  }
  return undefined;
};

const where = { streamId: 'contract-1', streamVersion: 2, globalPosition: 2 };

describe('corrupt rows', () => {
  it('broken JSON in data is a CorruptEvent naming stream, version and position', async () => {
    const store = await damaged('data', '{"n": 2');
    const read = await store.readStream('contract-1');
    expect(read).toMatchObject({ _tag: 'Left', left: { _tag: 'CorruptEvent', ...where, path: 'data' } });

    const thrown = await readAllError(store);
    expect(isCorruptEventError(thrown) && thrown.corrupt).toMatchObject({ ...where, path: 'data' });
    expect(String(thrown)).toContain('"contract-1" at version 2, position 2');

    expect(await verify(store)).toMatchObject({ _tag: 'Left', left: { _tag: 'CorruptEvent', ...where } });
    // The other stream is still readable.
    expect((await store.readStream('contract-2'))._tag).toBe('Right');
  });

  it('metadata that is not JSON, or not an object, is corrupt at path metadata', async () => {
    for (const value of ['not json', '[1,2]', 'null']) {
      const store = await damaged('metadata', value);
      expect(await store.readStream('contract-1')).toMatchObject({
        _tag: 'Left',
        left: { _tag: 'CorruptEvent', ...where, path: 'metadata' },
      });
    }
  });

  it('an empty type is corrupt at path type', async () => {
    const store = await damaged('type', '');
    const thrown = await readAllError(store);
    expect(isCorruptEventError(thrown) && thrown.corrupt).toMatchObject({ ...where, path: 'type' });
  });

  it('data rewritten non-canonically but equal (spaces) still verifies: the fast path settles it on the parsed event', async () => {
    const store = await damaged('data', '{ "n" : 2 }');
    expect(await verify(store)).toEqual({
      _tag: 'Right',
      right: { events: 4, streams: 2, seals: 0, lastPosition: 4 },
    });
  });

  it('a damaged hash is caught by verify, not by the reader', async () => {
    const store = await damaged('data', '{"n":222}');
    expect((await store.readStream('contract-1'))._tag).toBe('Right');
    expect(await verify(store)).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'BrokenLink', ...where, problem: 'hash' },
    });
  });

  it('the server hashes each chain link: only the rewritten row comes back unchecked, and without text', async () => {
    const store = await damaged('data', '{"n":222}');
    const links = [];
    const sizes = [];
    for await (const batch of store.readChainLinks({ batchSize: 3 })) {
      links.push(...batch);
      sizes.push(batch.length);
    }
    // One page holds all four rows; it is handed over in batches of the size asked for.
    expect(sizes).toEqual([3, 1]);
    expect(links.map((l) => [l.globalPosition, l.hashChecked, l.hashInput])).toEqual([
      [1, true, undefined],
      [2, false, undefined],
      [3, true, undefined],
      [4, true, undefined],
    ]);
  });
});
