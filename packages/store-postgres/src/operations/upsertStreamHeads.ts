import type { StreamHead } from '@innoledger/kernel';
import type { Db } from '../db';
import type { Tables } from '../tables';

/** Sets each stream's head to its new last version and hash; one row per stream. */
export const upsertStreamHeads = async (db: Db, t: Tables, heads: ReadonlyMap<string, StreamHead>): Promise<void> => {
  if (heads.size === 0) return;
  const entries = [...heads];
  await db.query(
    `INSERT INTO ${t.streams} (stream_id, version, hash)
     SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[])
     ON CONFLICT (stream_id) DO UPDATE SET version = EXCLUDED.version, hash = EXCLUDED.hash`,
    [entries.map(([id]) => id), entries.map(([, h]) => h.version), entries.map(([, h]) => h.hash)],
  );
};
