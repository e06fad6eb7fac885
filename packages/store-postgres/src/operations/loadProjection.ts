import type { ProjectionState } from '@innoledger/kernel';
import type { Db } from '../db';
import type { Tables } from '../tables';

export const loadProjection = async (
  db: Db,
  t: Tables,
  name: string,
  version: number,
): Promise<ProjectionState | undefined> => {
  const result = await db.query<{ view: string | null; position: string }>(
    `SELECT view, position FROM ${t.projections} WHERE name = $1 AND version = $2`,
    [name, version],
  );
  const row = result.rows[0];
  if (row === undefined) return undefined;
  const position = Number(row.position);
  // A view JSON cannot express (undefined) is stored as NULL and comes back undefined, as in memory.
  return { view: row.view === null ? undefined : (JSON.parse(row.view) as unknown), position };
};
