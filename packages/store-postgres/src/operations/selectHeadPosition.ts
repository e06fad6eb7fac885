import type { Db } from '../db';
import type { Tables } from '../tables';

/** The last committed position; every event up to it is committed too (writers are serialised). */
export const selectHeadPosition = async (db: Db, t: Tables): Promise<number> => {
  const result = await db.query<{ position: string | null }>(
    `SELECT max(global_position) AS position FROM ${t.events}`,
  );
  return Number(result.rows[0]?.position ?? 0);
};
