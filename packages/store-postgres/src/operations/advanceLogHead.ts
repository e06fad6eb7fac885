import type { Db } from '../db';
import type { Tables } from '../tables';
import type { LogHead } from './lockLogHead';

export const advanceLogHead = async (db: Db, t: Tables, head: LogHead): Promise<void> => {
  await db.query(`UPDATE ${t.logHead} SET position = $1, recorded_at = $2`, [head.position, head.recordedAt ?? null]);
};
