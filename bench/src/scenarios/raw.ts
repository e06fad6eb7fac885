// The physical limit: better-sqlite3 (and pg) writing and reading the very same rows with nothing
// in between — no validation, no hashing, no version checks. Rows are built before timing starts.
import Database from 'better-sqlite3';
import type { RecordedEvent } from '../../../packages/kernel/src/index';
import { walCheckpointer } from '../../../packages/store-sqlite/src/wal/walCheckpointer';
import { type RunResult, timeEvents } from '../measure';
import type { Synchronous } from '../stores';
import type { Workload } from '../workload';

// The same columns, types and keys as innoledger's own events table.
const EVENTS_TABLE = `
CREATE TABLE IF NOT EXISTS events (
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
) STRICT`;

type Row = [number, string, number, string, string, number, string, string, string, string, string, string];

export const rowsOf = (events: readonly RecordedEvent[]): Row[] =>
  events.map((e) => [
    e.globalPosition,
    e.streamId,
    e.streamVersion,
    e.eventId,
    e.type,
    e.schemaVersion,
    JSON.stringify(e.data),
    JSON.stringify(e.metadata),
    e.occurredAt,
    e.recordedAt,
    e.prevHash,
    e.hash,
  ]);

const openRaw = (path: string, synchronous: Synchronous) => {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.exec(EVENTS_TABLE);
  return db;
};

/**
 * The same rows, one IMMEDIATE transaction per command. With `walThread`, a reference beside the
 * baseline: the store's own WAL checkpoint thread does the checkpoints, as it does for the store.
 */
export const rawAppendPerCommand = async (
  path: string,
  synchronous: Synchronous,
  workload: Workload,
  events: readonly RecordedEvent[],
  walThread = false,
): Promise<RunResult> => {
  const db = openRaw(path, synchronous);
  const checkpointer = walThread ? walCheckpointer(db, { path, synchronous }) : undefined;
  const insert = db.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const rows = rowsOf(events);
  const sizes = workload.commands.map((c) => c.items.length);
  const write = db.transaction((from: number, count: number) => {
    for (let i = from; i < from + count; i++) insert.run(...(rows[i] as Row));
  });
  const result = await timeEvents(
    rows.length,
    () => {
      let at = 0;
      for (const size of sizes) {
        write.immediate(at, size);
        checkpointer?.written(size);
        at += size;
      }
    },
    { transactions: sizes.length, synchronous, checkpoints: walThread ? 'thread' : 'in the commit' },
  );
  await checkpointer?.close();
  db.close();
  return result;
};

/** The same rows in one transaction. */
export const rawAppendOneTransaction = async (path: string, events: readonly RecordedEvent[]): Promise<RunResult> => {
  const db = openRaw(path, 'FULL');
  const insert = db.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const rows = rowsOf(events);
  const write = db.transaction(() => {
    for (const row of rows) insert.run(...row);
  });
  const result = await timeEvents(rows.length, () => write.immediate(), { transactions: 1 });
  db.close();
  return result;
};

/** Every row in position order, data and metadata parsed. */
export const rawScan = async (path: string, expected: number): Promise<RunResult> => {
  const db = new Database(path, { readonly: true });
  const select = db.prepare<[], { data: string; metadata: string }>(
    'SELECT global_position, stream_id, stream_version, event_id, type, schema_version, data, metadata, occurred_at, recorded_at, prev_hash, hash FROM events ORDER BY global_position',
  );
  let seen = 0;
  const result = await timeEvents(expected, () => {
    for (const row of select.iterate()) {
      JSON.parse(row.data);
      JSON.parse(row.metadata);
      seen++;
    }
  });
  db.close();
  if (seen !== expected) throw new Error(`scanned ${seen}, expected ${expected}`);
  return result;
};

/** Every stream by its key, data and metadata parsed. */
export const rawReadStreams = async (
  path: string,
  streams: readonly string[],
  expected: number,
): Promise<RunResult> => {
  const db = new Database(path, { readonly: true });
  const select = db.prepare<[string], { data: string; metadata: string }>(
    'SELECT global_position, stream_id, stream_version, event_id, type, schema_version, data, metadata, occurred_at, recorded_at, prev_hash, hash FROM events WHERE stream_id = ? ORDER BY stream_version',
  );
  let seen = 0;
  const result = await timeEvents(expected, () => {
    for (const streamId of streams) {
      for (const row of select.all(streamId)) {
        JSON.parse(row.data);
        JSON.parse(row.metadata);
        seen++;
      }
    }
  });
  db.close();
  if (seen !== expected) throw new Error(`read ${seen}, expected ${expected}`);
  return result;
};

/** The same rows into PostgreSQL with pg: unnest batches of 1000 in one transaction. */
export const rawPostgresImport = async (url: string, events: readonly RecordedEvent[]): Promise<RunResult> => {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE TABLE raw_events (
    global_position bigint PRIMARY KEY, stream_id text NOT NULL, stream_version bigint NOT NULL,
    event_id text NOT NULL, type text NOT NULL, schema_version integer NOT NULL, data text NOT NULL,
    metadata text NOT NULL, occurred_at text NOT NULL, recorded_at text NOT NULL, prev_hash text NOT NULL,
    hash text NOT NULL, UNIQUE (stream_id, stream_version))`);
  const rows = rowsOf(events);
  const columns = Array.from({ length: 12 }, (_, c) => rows.map((r) => r[c]));
  const result = await timeEvents(
    rows.length,
    async () => {
      await client.query('BEGIN');
      for (let start = 0; start < rows.length; start += 1000) {
        await client.query(
          `INSERT INTO raw_events SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[],
           $6::integer[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])`,
          columns.map((col) => col.slice(start, start + 1000)),
        );
      }
      await client.query('COMMIT');
    },
    { batchRows: 1000 },
  );
  await client.end();
  return result;
};
