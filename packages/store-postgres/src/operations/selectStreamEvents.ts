import type { Db } from '../db';
import { EVENT_COLUMNS, type EventRow } from '../rows';
import type { Tables } from '../tables';

export const selectStreamEvents = async (
  db: Db,
  t: Tables,
  streamId: string,
  fromVersion: number,
  toVersion: number,
): Promise<readonly EventRow[]> => {
  const result = await db.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM ${t.events}
     WHERE stream_id = $1 AND stream_version >= $2 AND stream_version <= $3
     ORDER BY stream_version`,
    [streamId, fromVersion, toVersion],
  );
  return result.rows;
};
