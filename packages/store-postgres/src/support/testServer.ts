// Test support: one PostgreSQL server per test file (DATABASE_URL, the global setup's, or a
// throwaway one), and a fresh schema for every store a test opens, dropped afterwards.
import { type EventIdGenerator, SimulatedClock, seededUuidV7 } from '@innoledger/kernel';
import { isLeft } from 'fp-ts/lib/Either.js';
import { Client, escapeIdentifier, Pool, type PoolClient } from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { freshSchemaName, startThrowawayPostgres, type ThrowawayPostgres } from '../../../../tests/support/postgres';
import { openPostgresStore, openPostgresStoreOn, type PostgresStoreOptions } from '../openPostgresStore';
import type { PostgresEventStore } from '../postgresEventStore';

export interface TestServer {
  /** The server's URL; valid from `beforeAll` on. */
  url(): string;
  /** Opens a store in a fresh schema (or the given one), closed and dropped after the file. */
  open(options?: Partial<PostgresStoreOptions>): Promise<PostgresEventStore>;
  /**
   * Opens a store like `open` whose pool counts the statements its connections send: each one is
   * a round trip. `statements()` counts from the moment the store is open (migrations excluded).
   */
  openCounting(options?: Partial<PostgresStoreOptions>): Promise<CountingStore>;
  /** A plain client for what the store's API cannot do (damaging rows, holding transactions). */
  client(): Promise<Client>;
}

export interface CountingStore {
  readonly store: PostgresEventStore;
  /** Statements sent since the store opened. */
  statements(): number;
  /** Statements sent by `work`, with its result. */
  counted<T>(work: (store: PostgresEventStore) => Promise<T>): Promise<{ value: T; statements: number }>;
}

/** Counts every statement a pooled connection sends (pg-pool calls `query` on the client itself). */
const countStatements = (client: PoolClient, count: () => void): void => {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  Object.assign(client, {
    query: (...args: unknown[]) => {
      count();
      return query(...args);
    },
  });
};

/** Registers the file's server and cleanup hooks; call it at the top of a test file. */
export const useTestServer = (): TestServer => {
  let server: ThrowawayPostgres | undefined;
  const stores: PostgresEventStore[] = [];
  const clients: Client[] = [];
  const schemas = new Set<string>();

  beforeAll(async () => {
    server = await startThrowawayPostgres();
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
    if (server === undefined) return;
    // A shared server (DATABASE_URL) keeps running: leave it as we found it.
    const admin = new Client({ connectionString: server.url });
    await admin.connect();
    for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`);
    await admin.end();
    await server.stop();
  });

  const url = () => {
    if (server === undefined) throw new Error('useTestServer: the server starts in beforeAll');
    return server.url;
  };
  return {
    url,
    open: async (options = {}) => {
      const schema = options.schema ?? freshSchemaName();
      schemas.add(schema);
      const opened = await openPostgresStore({ connectionString: url(), ...options, schema });
      if (isLeft(opened)) throw new Error(`could not open schema ${schema}: ${opened.left.message}`);
      stores.push(opened.right);
      return opened.right;
    },
    openCounting: async (options = {}) => {
      const schema = options.schema ?? freshSchemaName();
      schemas.add(schema);
      let statements = 0;
      const opened = await openPostgresStoreOn({ connectionString: url(), ...options, schema }, (config) => {
        const pool = new Pool(config);
        pool.on('connect', (client) => countStatements(client, () => statements++));
        return pool;
      });
      if (isLeft(opened)) throw new Error(`could not open schema ${schema}: ${opened.left.message}`);
      const store = opened.right;
      stores.push(store);
      const atOpen = statements;
      return {
        store,
        statements: () => statements - atOpen,
        counted: async (work) => {
          const before = statements;
          const value = await work(store);
          return { value, statements: statements - before };
        },
      };
    },
    client: async () => {
      const client = new Client({ connectionString: url() });
      await client.connect();
      clients.push(client);
      return client;
    },
  };
};

/** A simulated clock and seeded ids, so a test's hashes are reproducible. */
export const simulated = (
  start = '2020-03-01T01:00:00.000Z',
): { clock: SimulatedClock; newEventId: EventIdGenerator } => {
  const clock = new SimulatedClock(start);
  return { clock, newEventId: seededUuidV7(7, clock) };
};

/** A minimal valid event. */
export const event = (n: number, type = 'Counted') => ({ type, data: { n }, occurredAt: '2020-03-01' });
