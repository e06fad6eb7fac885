import type { PreparingDb } from '../db';
import { EVENT_COLUMNS, type EventRow } from '../rows';
import type { Tables } from '../tables';

/**
 * A stream's events in version order. Prepared once per connection under a name of this schema's:
 * a command handler reads every stream it has not seen yet, and planning the query each time cost
 * about as much as running it.
 */
export const selectStreamEvents = async (
  db: PreparingDb,
  t: Tables,
  streamId: string,
  fromVersion: number,
  toVersion: number,
): Promise<readonly EventRow[]> => {
  const result = await db.query<EventRow>({
    name: `${t.channel}_stream`,
    text: `SELECT ${EVENT_COLUMNS} FROM ${t.events}
     WHERE stream_id = $1 AND stream_version >= $2 AND stream_version <= $3
     ORDER BY stream_version`,
    values: [streamId, fromVersion, toVersion],
  });
  return result.rows;
};
