import Database from 'better-sqlite3';
import { isLeft } from 'fp-ts/lib/Either.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from './index';
import { MIGRATIONS, type Migration, migrate, SchemaTooNewError, schemaVersionOf } from './schema';
import { event, mustOpen, type TempDir, tempDir } from './support/tempStore';

const versionRows = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT version, description FROM schema_version ORDER BY version').all();
  } finally {
    db.close();
  }
};

const V1 = MIGRATIONS[0] as Migration;
const LATEST = MIGRATIONS.length;

// A step as a later release might add it, to prove the runner applies only what is new.
const NEXT: Migration = {
  version: LATEST + 1,
  description: 'index events by type',
  sql: 'CREATE INDEX events_by_type ON events (type)',
};

describe('schema migrations', () => {
  let tmp: TempDir;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.remove());

  it('records the version on first open and re-opening changes nothing', async () => {
    const path = tmp.file();
    for (let i = 0; i < 3; i++) {
      const store = await mustOpen({ path });
      await store.appendToStream('s', 'any', [event(i)]);
      await store.close();
    }
    expect(versionRows(path)).toEqual(MIGRATIONS.map((m) => ({ version: m.version, description: m.description })));
    const reopened = await mustOpen({ path });
    expect(await reopened.headPosition()).toBe(3);
    expect(reopened.settings().schemaVersion).toBe(MIGRATIONS[MIGRATIONS.length - 1]?.version);
    await reopened.close();
  });

  it('opens a version-1 file created by hand, data included', async () => {
    const path = tmp.file();
    const db = new Database(path);
    db.exec(V1.sql);
    db.exec(
      'CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT',
    );
    db.prepare("INSERT INTO schema_version VALUES (1, 'by hand', '2020-01-01T00:00:00.000Z')").run();
    db.prepare(
      `INSERT INTO events VALUES (1, 'hand-made', 1, 'e-1', 'Made', 1, '{"by":"hand"}', '{}', '2020-01-01',
       '2020-01-01T00:00:00.000Z', ?, ?)`,
    ).run('0'.repeat(64), 'f'.repeat(64));
    db.prepare("INSERT INTO streams VALUES ('hand-made', 1, ?)").run('f'.repeat(64));
    db.close();

    const store = await mustOpen({ path });
    expect(await store.readStream('hand-made')).toMatchObject({ right: [{ eventId: 'e-1', data: { by: 'hand' } }] });
    expect(await store.appendToStream('hand-made', 1, [event(2)])).toMatchObject({
      right: { nextExpectedVersion: 2, lastGlobalPosition: 2, events: [{ prevHash: 'f'.repeat(64) }] },
    });
    await store.close();
    expect(versionRows(path)).toEqual([
      { version: 1, description: 'by hand' },
      ...MIGRATIONS.slice(1).map((m) => ({ version: m.version, description: m.description })),
    ]);
  });

  it('applies only the steps a file lacks, once, keeping its data', () => {
    const db = new Database(tmp.file());
    expect(migrate(db, [V1])).toEqual({ from: 0, to: 1 });
    db.prepare(
      "INSERT INTO events VALUES (1, 's', 1, 'e', 'T', 1, '{}', '{}', '2020-01-01', '2020-01-01T00:00:00.000Z', 'p', 'h')",
    ).run();
    expect(migrate(db, [V1, NEXT])).toEqual({ from: 1, to: NEXT.version });
    expect(migrate(db, [V1, NEXT])).toEqual({ from: NEXT.version, to: NEXT.version });
    expect(schemaVersionOf(db)).toBe(NEXT.version);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'events_by_type'").all()).toEqual(
      [{ name: 'events_by_type' }],
    );
    expect(db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 1 });
    db.close();
  });

  it('a failing step leaves the file at its previous version', () => {
    const db = new Database(tmp.file());
    migrate(db, [V1]);
    const broken: Migration = {
      version: 2,
      description: 'half done',
      sql: 'CREATE TABLE half (x INTEGER); INSERT INTO no_such_table VALUES (1);',
    };
    expect(() => migrate(db, [V1, broken])).toThrowError(/no such table/);
    expect(schemaVersionOf(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").all()).toEqual([]);
    db.close();
  });

  it('refuses a file written by a newer schema, as StoreUnavailable, without touching it', async () => {
    const path = tmp.file();
    const db = new Database(path);
    migrate(db, [...MIGRATIONS, NEXT]);
    expect(() => migrate(db)).toThrowError(SchemaTooNewError);
    db.close();
    const opened = await openSqliteStore({ path });
    expect(isLeft(opened) && opened.left).toMatchObject({
      _tag: 'StoreUnavailable',
      location: path,
      message: expect.stringMatching(
        new RegExp(`schema version ${NEXT.version} is newer than this library knows \\(${LATEST}\\)`),
      ),
    });
    expect(versionRows(path).map((r) => (r as { version: number }).version)).toEqual(
      [...MIGRATIONS, NEXT].map((m) => m.version),
    );
  });
});
