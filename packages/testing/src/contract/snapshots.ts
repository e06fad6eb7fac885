import { expect, it } from 'vitest';
import type { ContractHarness } from './harness';

export const snapshotChecks = (h: ContractHarness): void => {
  it('saves and loads the latest snapshot per stream and name', async () => {
    const { snapshots } = h.store();
    expect(await snapshots.load('snap-1', 'counter')).toBeUndefined();
    const state = { total: 3, names: ['咸宁', '"q"', '🚀'], nested: { list: [1, [2]] }, none: null };
    await snapshots.save('snap-1', 'counter', { streamVersion: 3, schemaVersion: 1, state });
    expect(await snapshots.load('snap-1', 'counter')).toEqual({ streamVersion: 3, schemaVersion: 1, state });
    await snapshots.save('snap-1', 'counter', { streamVersion: 6, schemaVersion: 2, state: { total: 6 } });
    expect(await snapshots.load('snap-1', 'counter')).toEqual({
      streamVersion: 6,
      schemaVersion: 2,
      state: { total: 6 },
    });
  });

  it('keeps snapshots of different streams and names apart', async () => {
    const { snapshots } = h.store();
    const keys = [
      ["snap-'a'", 'counter'],
      ["snap-'a'", 'audit'],
      ['企业-1', 'counter'],
      ['企业-1 ', 'counter'],
    ] as const;
    for (const [i, [streamId, name]] of keys.entries())
      await snapshots.save(streamId, name, { streamVersion: i + 1, schemaVersion: 1, state: { i } });
    for (const [i, [streamId, name]] of keys.entries())
      expect(await snapshots.load(streamId, name)).toEqual({ streamVersion: i + 1, schemaVersion: 1, state: { i } });
    expect(await snapshots.load('企业-1', 'audit')).toBeUndefined();
  });
};
