import type { ProjectionState } from '@innoledger/kernel';
import type { Db } from '../db';
import type { Tables } from '../tables';

/** View and checkpoint in one row, so one statement (one transaction) writes both or neither. */
export const saveProjection = async (
  db: Db,
  t: Tables,
  name: string,
  version: number,
  state: ProjectionState,
): Promise<void> => {
  await db.query(
    `INSERT INTO ${t.projections} (name, version, view, position) VALUES ($1, $2, $3, $4)
     ON CONFLICT (name, version) DO UPDATE SET view = EXCLUDED.view, position = EXCLUDED.position`,
    [name, version, JSON.stringify(state.view) ?? null, state.position],
  );
};
