import type { Db } from '../db';
import type { Tables } from '../tables';

/** Queued inside the append transaction: listeners hear of it only when, and if, it commits. */
export const notifyAppend = async (db: Db, t: Tables, lastPosition: number): Promise<void> => {
  await db.query('SELECT pg_notify($1, $2)', [t.channel, String(lastPosition)]);
};
