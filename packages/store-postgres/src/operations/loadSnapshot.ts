import type { Snapshot } from '@innoledger/kernel';
import type { Db } from '../db';
import type { Tables } from '../tables';

export const loadSnapshot = async (
  db: Db,
  t: Tables,
  streamId: string,
  name: string,
): Promise<Snapshot | undefined> => {
  const result = await db.query<{ stream_version: string; schema_version: number; state: string }>(
    `SELECT stream_version, schema_version, state FROM ${t.snapshots} WHERE name = $1 AND stream_id = $2`,
    [name, streamId],
  );
  const row = result.rows[0];
  if (row === undefined) return undefined;
  return {
    streamVersion: Number(row.stream_version),
    schemaVersion: row.schema_version,
    state: JSON.parse(row.state) as unknown,
  };
};
