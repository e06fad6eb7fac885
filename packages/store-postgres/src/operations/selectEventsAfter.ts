import type { Db } from '../db';
import { EVENT_COLUMNS, type EventRow } from '../rows';
import type { Tables } from '../tables';

/** One keyset page of the global log: positions in (after, upTo], at most `limit` rows. */
export const selectEventsAfter = async (
  db: Db,
  t: Tables,
  after: number,
  upTo: number,
  limit: number,
): Promise<readonly EventRow[]> => {
  const result = await db.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM ${t.events}
     WHERE global_position > $1 AND global_position <= $2
     ORDER BY global_position
     LIMIT $3`,
    [after, upTo, limit],
  );
  return result.rows;
};
