import type { Db } from '../db';
import type { Tables } from '../tables';

/** Current versions of the given streams; streams without events are absent from the map. */
export const selectStreamVersions = async (
  db: Db,
  t: Tables,
  streamIds: readonly string[],
): Promise<Map<string, number>> => {
  const result = await db.query<{ stream_id: string; version: string }>(
    `SELECT stream_id, max(stream_version) AS version FROM ${t.events} WHERE stream_id = ANY($1::text[])
     GROUP BY stream_id`,
    [streamIds],
  );
  return new Map(result.rows.map((row) => [row.stream_id, Number(row.version)]));
};
