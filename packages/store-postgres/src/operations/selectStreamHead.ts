import { EMPTY_HEAD, type StreamHead } from '@innoledger/kernel';
import type { Db } from '../db';
import type { Tables } from '../tables';

export const selectStreamHead = async (db: Db, t: Tables, streamId: string): Promise<StreamHead> => {
  const result = await db.query<{ version: string; hash: string }>(
    `SELECT version, hash FROM ${t.streams} WHERE stream_id = $1`,
    [streamId],
  );
  const row = result.rows[0];
  return row === undefined ? EMPTY_HEAD : { version: Number(row.version), hash: row.hash };
};
