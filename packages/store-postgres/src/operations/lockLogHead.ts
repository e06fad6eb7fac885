import type { Db } from '../db';
import type { Tables } from '../tables';

/** The store's last position and recordedAt. */
export interface LogHead {
  readonly position: number;
  readonly recordedAt: string | undefined;
}

/**
 * Locks the log head row until the transaction ends. Every writer takes this lock first, so
 * positions are assigned and committed one transaction at a time, in order: a reader can never
 * see position N+1 while N is still uncommitted.
 */
export const lockLogHead = async (db: Db, t: Tables): Promise<LogHead> => {
  const result = await db.query<{ position: string; recorded_at: string | null }>(
    `SELECT position, recorded_at FROM ${t.logHead} FOR UPDATE`,
  );
  const row = result.rows[0];
  if (row === undefined) throw new Error(`${t.logHead} has no row: the schema is damaged`);
  return { position: Number(row.position), recordedAt: row.recorded_at ?? undefined };
};
