import type { Db } from '../db';
import type { Tables } from '../tables';

/** The last committed position; every event up to it is committed too (writers are serialised). */
export const selectHeadPosition = async (db: Db, t: Tables): Promise<number> => {
  const result = await db.query<{ position: string }>(`SELECT position FROM ${t.logHead}`);
  return Number(result.rows[0]?.position ?? 0);
};
