import type { Db } from '../db';
import type { Tables } from '../tables';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';

/** The database holds a schema written by a newer version of this library. */
export interface SchemaTooNew {
  readonly _tag: 'SchemaTooNew';
  readonly found: number;
  readonly supported: number;
}

/**
 * Brings the schema to the latest version. Runs inside the caller's transaction; the advisory
 * lock makes concurrent openers of one schema wait instead of racing on CREATE.
 */
export const migrate = async (db: Db, t: Tables): Promise<SchemaTooNew | number> => {
  await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`innoledger:migrate:${t.schema}`]);
  await db.query(`CREATE SCHEMA IF NOT EXISTS ${t.quotedSchema}`);
  await db.query(
    `CREATE TABLE IF NOT EXISTS ${t.schemaVersion} (
      version integer PRIMARY KEY,
      description text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`,
  );
  const current = await db.query<{ version: number | null }>(`SELECT max(version) AS version FROM ${t.schemaVersion}`);
  const found = current.rows[0]?.version ?? 0;
  if (found > LATEST_SCHEMA_VERSION) return { _tag: 'SchemaTooNew', found, supported: LATEST_SCHEMA_VERSION };
  for (const migration of MIGRATIONS) {
    if (migration.version <= found) continue;
    for (const statement of migration.statements(t)) await db.query(statement);
    await db.query(`INSERT INTO ${t.schemaVersion} (version, description) VALUES ($1, $2)`, [
      migration.version,
      migration.description,
    ]);
  }
  return LATEST_SCHEMA_VERSION;
};
