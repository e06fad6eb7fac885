import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteEventStore } from './sqliteEventStore';
import { mustOpen, type TempDir, tempDir } from './support/tempStore';

describe('projection views and checkpoints', () => {
  let tmp: TempDir;
  let store: SqliteEventStore;
  beforeEach(async () => {
    tmp = tempDir();
    store = await mustOpen({ path: tmp.file() });
    await store.projections.save('contracts.amount', 1, { view: { total: 100 }, position: 10 });
  });
  afterEach(async () => {
    await store.close();
    tmp.remove();
  });

  it('keeps a view per name and version; a rebuild writes beside the old one', async () => {
    await store.projections.save('contracts.amount', 2, { view: { total: 0 }, position: 0 });
    await store.projections.save('contracts.amount', 1, { view: { total: 150 }, position: 12 });
    expect(await store.projections.load('contracts.amount', 1)).toEqual({ view: { total: 150 }, position: 12 });
    expect(await store.projections.load('contracts.amount', 2)).toEqual({ view: { total: 0 }, position: 0 });
    expect(await store.projections.load('contracts.amount', 3)).toBeUndefined();
    expect(await store.projections.load('unknown', 1)).toBeUndefined();
  });

  it('holds views as JSON, as the reference store does', async () => {
    await store.projections.save('p', 1, {
      view: { at: new Date('2020-01-01T00:00:00Z'), gone: undefined },
      position: 1,
    });
    expect(await store.projections.load('p', 1)).toEqual({ view: { at: '2020-01-01T00:00:00.000Z' }, position: 1 });
    await store.projections.save('p', 1, { view: null, position: 2 });
    expect(await store.projections.load('p', 1)).toEqual({ view: null, position: 2 });
    await store.projections.save('p', 1, { view: undefined, position: 3 });
    expect(await store.projections.load('p', 1)).toEqual({ view: undefined, position: 3 });
  });

  it('a view that is not JSON throws and leaves the old view and checkpoint', async () => {
    await expect(
      store.projections.save('contracts.amount', 1, { view: { total: 10n }, position: 11 }),
    ).rejects.toThrowError(/BigInt/);
    const circular: { self?: unknown } = {};
    circular.self = circular;
    await expect(store.projections.save('contracts.amount', 1, { view: circular, position: 11 })).rejects.toThrow();
    expect(await store.projections.load('contracts.amount', 1)).toEqual({ view: { total: 100 }, position: 10 });
  });

  it('a write that fails after the checkpoint was written rolls the checkpoint back', async () => {
    // Make the second statement of the save fail, inside the transaction, after the first succeeded.
    const raw = new Database(tmp.file());
    raw.exec(`CREATE TRIGGER refuse_view BEFORE UPDATE ON projection_views
              WHEN NEW.view LIKE '%poison%' BEGIN SELECT RAISE(ABORT, 'view refused'); END`);
    raw.close();
    await expect(
      store.projections.save('contracts.amount', 1, { view: { total: 'poison' }, position: 99 }),
    ).rejects.toThrowError(/view refused/);
    expect(await store.projections.load('contracts.amount', 1)).toEqual({ view: { total: 100 }, position: 10 });
    await store.projections.save('contracts.amount', 1, { view: { total: 120 }, position: 11 });
    expect(await store.projections.load('contracts.amount', 1)).toEqual({ view: { total: 120 }, position: 11 });
  });

  it('a damaged view is reported, naming the projection, never read as empty', async () => {
    const raw = new Database(tmp.file());
    raw.prepare("UPDATE projection_views SET view = '{broken' WHERE name = 'contracts.amount'").run();
    raw.close();
    await expect(store.projections.load('contracts.amount', 1)).rejects.toThrowError(
      /projection contracts.amount v1: stored view is not JSON/,
    );
  });
});

describe('snapshots', () => {
  let tmp: TempDir;
  let store: SqliteEventStore;
  beforeEach(async () => {
    tmp = tempDir();
    store = await mustOpen({ path: tmp.file() });
  });
  afterEach(async () => {
    await store.close();
    tmp.remove();
  });

  it('keeps the latest snapshot per stream and name', async () => {
    await store.snapshots.save('project-1', 'project', { streamVersion: 5, schemaVersion: 1, state: { phase: 'a' } });
    await store.snapshots.save('project-1', 'project', { streamVersion: 9, schemaVersion: 2, state: { phase: 'b' } });
    await store.snapshots.save('project-1', 'budget', { streamVersion: 3, schemaVersion: 1, state: [1, 2] });
    expect(await store.snapshots.load('project-1', 'project')).toEqual({
      streamVersion: 9,
      schemaVersion: 2,
      state: { phase: 'b' },
    });
    expect(await store.snapshots.load('project-1', 'budget')).toEqual({
      streamVersion: 3,
      schemaVersion: 1,
      state: [1, 2],
    });
    expect(await store.snapshots.load('project-2', 'project')).toBeUndefined();
  });

  it('a state that is not JSON is refused; a damaged one reads as absent so the stream is replayed', async () => {
    await expect(
      store.snapshots.save('p', 'n', { streamVersion: 1, schemaVersion: 1, state: undefined }),
    ).rejects.toThrowError(/state is not JSON/);
    await store.snapshots.save('p', 'n', { streamVersion: 1, schemaVersion: 1, state: { ok: true } });
    const raw = new Database(tmp.file());
    raw.prepare("UPDATE snapshots SET state = '{' WHERE stream_id = 'p'").run();
    raw.close();
    expect(await store.snapshots.load('p', 'n')).toBeUndefined();
  });
});
