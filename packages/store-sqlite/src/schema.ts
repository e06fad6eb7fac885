import type Database from 'better-sqlite3';

/** One step of the schema. Steps are never edited once released: a change is a new step. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

// STRICT tables refuse a value of the wrong type at write time, so a row can only be ill-typed
// through damage to the file itself (rowToEvent still checks every column for that case).
const V1 = `
CREATE TABLE events (
  global_position INTEGER PRIMARY KEY,
  stream_id       TEXT    NOT NULL,
  stream_version  INTEGER NOT NULL,
  event_id        TEXT    NOT NULL,
  type            TEXT    NOT NULL,
  schema_version  INTEGER NOT NULL,
  data            TEXT    NOT NULL,
  metadata        TEXT    NOT NULL,
  occurred_at     TEXT    NOT NULL,
  recorded_at     TEXT    NOT NULL,
  prev_hash       TEXT    NOT NULL,
  hash            TEXT    NOT NULL,
  UNIQUE (stream_id, stream_version)
) STRICT;

CREATE TABLE streams (
  stream_id TEXT    PRIMARY KEY,
  version   INTEGER NOT NULL,
  hash      TEXT    NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE commands (
  command_id     TEXT    PRIMARY KEY,
  fingerprint    TEXT    NOT NULL,
  stream_id      TEXT    NOT NULL,
  version_before INTEGER NOT NULL,
  version_after  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE snapshots (
  stream_id      TEXT    NOT NULL,
  name           TEXT    NOT NULL,
  stream_version INTEGER NOT NULL,
  schema_version INTEGER NOT NULL,
  state          TEXT    NOT NULL,
  PRIMARY KEY (stream_id, name)
) STRICT;

CREATE TABLE projection_checkpoints (
  name     TEXT    NOT NULL,
  version  INTEGER NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (name, version)
) STRICT, WITHOUT ROWID;

CREATE TABLE projection_views (
  name    TEXT    NOT NULL,
  version INTEGER NOT NULL,
  view    TEXT,
  PRIMARY KEY (name, version)
) STRICT;
`;

/** Every schema step, oldest first. The last one is the version this library writes. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'events, stream heads, command records, snapshots, projection checkpoints and views',
    sql: V1,
  },
  {
    version: 2,
    description:
      'stream heads read from the events (stream_id, stream_version) index; the streams table, one more B-tree every append wrote, dropped',
    sql: 'DROP TABLE streams;',
  },
];

/** The schema version of a database file, 0 when no migration has run. */
export const schemaVersionOf = (db: Database.Database): number => {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (table === undefined) return 0;
  const row = db.prepare('SELECT max(version) AS version FROM schema_version').get() as { version: number | null };
  return row.version ?? 0;
};

/** What opening did to the schema. */
export interface MigrationOutcome {
  readonly from: number;
  readonly to: number;
}

/** The file was written by a newer library: opening it with this one could corrupt it. */
export class SchemaTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`database schema version ${found} is newer than this library knows (${known}); upgrade the library`);
    this.name = 'SchemaTooNewError';
  }
}

/**
 * Brings a database up to the latest schema. Runs under the write lock (IMMEDIATE) so two
 * processes opening a fresh file at once apply each step exactly once, and all-or-nothing so a
 * failing step leaves the file at its previous version.
 */
export const migrate = (db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): MigrationOutcome => {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const run = db.transaction((): MigrationOutcome => {
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT',
    );
    const from = schemaVersionOf(db);
    if (from > latest) throw new SchemaTooNewError(from, latest);
    const record = db.prepare(
      "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
    );
    for (const step of migrations) {
      if (step.version <= from) continue;
      db.exec(step.sql);
      record.run(step.version, step.description);
    }
    return { from, to: Math.max(from, latest) };
  });
  return run.immediate();
};
