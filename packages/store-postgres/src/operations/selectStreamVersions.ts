import type { Db } from '../db';
import type { Tables } from '../tables';

/** Current versions of the given streams; streams without events are absent from the map. */
export const selectStreamVersions = async (
  db: Db,
  t: Tables,
  streamIds: readonly string[],
): Promise<Map<string, number>> => {
  // One backward index probe per stream (the max of an indexed column), however long the stream.
  const result = await db.query<{ stream_id: string; version: string | null }>(
    `SELECT s.id AS stream_id, (SELECT max(e.stream_version) FROM ${t.events} AS e WHERE e.stream_id = s.id) AS version
     FROM unnest($1::text[]) AS s(id)`,
    [streamIds],
  );
  const versions = new Map<string, number>();
  for (const row of result.rows) if (row.version !== null) versions.set(row.stream_id, Number(row.version));
  return versions;
};
