import type { Snapshot, SnapshotStore } from '@innoledger/kernel';
import type Database from 'better-sqlite3';
import { defect, type ErrorContext } from '../errors';

interface SnapshotRow {
  readonly streamVersion: number;
  readonly schemaVersion: number;
  readonly state: string;
}

/**
 * Snapshots keyed by stream and snapshot name, the state kept as JSON text. A snapshot is a cache
 * of what the stream already says: one that cannot be parsed is reported as absent, and the
 * aggregate is rebuilt from its events (as the kernel does for one its codec refuses).
 */
export const snapshots = (db: Database.Database, errors: ErrorContext): SnapshotStore => {
  const select = db.prepare<[string, string], SnapshotRow>(
    `SELECT stream_version AS streamVersion, schema_version AS schemaVersion, state
       FROM snapshots WHERE stream_id = ? AND name = ?`,
  );
  const upsert = db.prepare(
    `INSERT INTO snapshots (stream_id, name, stream_version, schema_version, state) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (stream_id, name) DO UPDATE
       SET stream_version = excluded.stream_version, schema_version = excluded.schema_version, state = excluded.state`,
  );
  return {
    load: async (streamId, name) => {
      const row = select.get(streamId, name);
      if (row === undefined || typeof row.state !== 'string') return undefined;
      try {
        const snapshot: Snapshot = {
          streamVersion: row.streamVersion,
          schemaVersion: row.schemaVersion,
          state: JSON.parse(row.state) as unknown,
        };
        return snapshot;
      } catch {
        return undefined;
      }
    },
    save: async (streamId, name, snapshot) => {
      const state = JSON.stringify(snapshot.state);
      if (state === undefined) throw new TypeError(`snapshot ${name} of stream ${streamId}: state is not JSON`);
      try {
        upsert.run(streamId, name, snapshot.streamVersion, snapshot.schemaVersion, state);
      } catch (error) {
        defect(error, errors);
      }
    },
  };
};
