// The benchmark's PostgreSQL: DATABASE_URL when set, else the private server the tests use
// (tests/support/throwawayPostgres.ts, which keeps vitest out so the benchmark can import it).
import { SERVER_SETTINGS, startPostgresServer } from '../../tests/support/throwawayPostgres';

export interface BenchPostgres {
  readonly url: string;
  /** The server settings that matter for write speed, as the tests use them. */
  readonly settings: string;
  stop(): Promise<void>;
}

/** DATABASE_URL when set, else the same private server the tests start, with a `bench` database. */
export const startPostgres = async (): Promise<BenchPostgres> => {
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, settings: 'given by DATABASE_URL', stop: async () => undefined };
  const server = await startPostgresServer('bench');
  return { ...server, settings: SERVER_SETTINGS };
};

/** A fresh database on the server, so every run starts empty. */
export const createDatabase = async (url: string, name: string): Promise<string> => {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name}`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

/**
 * Leaves a freshly loaded database as a long-running one would be: vacuumed and analysed (hint bits
 * and visibility map set, statistics known) and checkpointed. Otherwise autovacuum and the first
 * reads do that work for the million copied rows while the next scenarios are being timed.
 */
export const settleDatabase = async (url: string): Promise<void> => {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('VACUUM (ANALYZE)');
  await client.query('CHECKPOINT');
  await client.end();
};
