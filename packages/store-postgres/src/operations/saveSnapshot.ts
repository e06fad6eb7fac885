import type { Snapshot } from '@innoledger/kernel';
import type { Db } from '../db';
import type { Tables } from '../tables';

/** Replaces the stream's snapshot of this name. */
export const saveSnapshot = async (
  db: Db,
  t: Tables,
  streamId: string,
  name: string,
  snapshot: Snapshot,
): Promise<void> => {
  await db.query(
    `INSERT INTO ${t.snapshots} (name, stream_id, stream_version, schema_version, state)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (name, stream_id) DO UPDATE
       SET stream_version = EXCLUDED.stream_version, schema_version = EXCLUDED.schema_version, state = EXCLUDED.state`,
    [name, streamId, snapshot.streamVersion, snapshot.schemaVersion, JSON.stringify(snapshot.state) ?? 'null'],
  );
};
