import type { ProjectionState, ProjectionStateStore } from '@innoledger/kernel';
import type Database from 'better-sqlite3';
import { defect, type ErrorContext } from '../errors';

interface StateRow {
  readonly position: number;
  readonly view: string | null;
}

/**
 * Projection checkpoints and views, written together in one IMMEDIATE transaction: a crash or a
 * failing write never leaves a checkpoint that claims events its view has not applied. They sit in
 * two tables so that listing checkpoints never loads a view.
 */
export const projections = (db: Database.Database, errors: ErrorContext): ProjectionStateStore => {
  const select = db.prepare<[string, number], StateRow>(
    `SELECT c.position AS position, v.view AS view
       FROM projection_checkpoints c
       LEFT JOIN projection_views v ON v.name = c.name AND v.version = c.version
      WHERE c.name = ? AND c.version = ?`,
  );
  const saveCheckpoint = db.prepare(
    `INSERT INTO projection_checkpoints (name, version, position) VALUES (?, ?, ?)
     ON CONFLICT (name, version) DO UPDATE SET position = excluded.position`,
  );
  const saveView = db.prepare(
    `INSERT INTO projection_views (name, version, view) VALUES (?, ?, ?)
     ON CONFLICT (name, version) DO UPDATE SET view = excluded.view`,
  );
  const save = db.transaction((name: string, version: number, position: number, view: string | null) => {
    saveCheckpoint.run(name, version, position);
    saveView.run(name, version, view);
  });
  return {
    load: async (name, version) => {
      const row = select.get(name, version);
      if (row === undefined) return undefined;
      let view: unknown;
      try {
        view = row.view === null ? undefined : (JSON.parse(row.view) as unknown);
      } catch (error) {
        throw new Error(`projection ${name} v${version}: stored view is not JSON; rebuild the projection`, {
          cause: error,
        });
      }
      const state: ProjectionState = { view, position: row.position };
      return state;
    },
    save: async (name, version, state) => {
      // Serialised before the lock is taken: a view that is not JSON throws here and nothing is written.
      const view = JSON.stringify(state.view) ?? null;
      try {
        save.immediate(name, version, state.position, view);
      } catch (error) {
        defect(error, errors);
      }
    },
  };
};
