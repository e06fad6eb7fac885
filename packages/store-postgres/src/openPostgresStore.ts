import {
  type Clock,
  type EventIdGenerator,
  type StoreUnavailable,
  storeUnavailable,
  systemClock,
  uuidV7,
} from '@innoledger/kernel';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { Pool, type PoolConfig } from 'pg';
import { type ConnectionTarget, connectionTarget } from './connection';
import { StoreUnavailableError } from './errors';
import { AppendListener } from './listener';
import { migrate } from './migrations/migrate';
import { PostgresEventStore } from './postgresEventStore';
import { tablesFor } from './tables';
import { inTransaction } from './transaction';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database`; the password never appears in errors. */
  readonly connectionString: string;
  /** Schema holding the store's tables, created on open; default `innoledger`. */
  readonly schema?: string;
  /** Most connections the pool opens; default 10. The LISTEN connection comes on top. */
  readonly poolSize?: number;
  /** How long to wait for a connection before calling the server unavailable; default 10 s. */
  readonly connectTimeoutMs?: number;
  /**
   * The server ends a store connection that sits idle inside a transaction this long; default
   * 60 s. Appends are serialised, so a writer frozen mid-append would otherwise stop every other.
   */
  readonly idleInTransactionTimeoutMs?: number;
  /**
   * Most stream heads the store remembers, so that appending to a stream it has read or written
   * is one round trip instead of a five-statement transaction; default 10,000 (least recently
   * used first out). A head is about 150 bytes; 0 leaves only new streams on the fast path.
   */
  readonly headCacheSize?: number;
  readonly clock?: Clock;
  readonly newEventId?: EventIdGenerator;
}

export const DEFAULT_SCHEMA = 'innoledger';

const unavailable = (target: ConnectionTarget, message: string): StoreUnavailable =>
  storeUnavailable({ location: target.location, host: target.host, port: target.port, message });

/**
 * Connects, creates or migrates the schema, and returns the store. A server that cannot be
 * reached (or refuses the login, or lacks the database) is a `StoreUnavailable` naming host and
 * port; errors in the store's own SQL still reject.
 */
export const openPostgresStore = (
  options: PostgresStoreOptions,
): Promise<Either<StoreUnavailable, PostgresEventStore>> => openPostgresStoreOn(options, (config) => new Pool(config));

/** @internal {@link openPostgresStore} with the pool made by `createPool`: tests count its statements. */
export const openPostgresStoreOn = async (
  options: PostgresStoreOptions,
  createPool: (config: PoolConfig) => Pool,
): Promise<Either<StoreUnavailable, PostgresEventStore>> => {
  const target = connectionTarget(options.connectionString);
  const schema = options.schema ?? DEFAULT_SCHEMA;
  if (schema.length === 0 || schema.includes('\u0000') || Buffer.byteLength(schema) > 63)
    return left(unavailable(target, `schema name ${JSON.stringify(schema)} must be 1 to 63 bytes without NUL`));
  const config: PoolConfig = {
    connectionString: options.connectionString,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ?? 60_000,
  };
  const pool = createPool({ ...config, max: options.poolSize ?? 10 });
  // An idle pooled client whose server goes away emits 'error'; unhandled, it would kill the process.
  pool.on('error', () => undefined);
  const tables = tablesFor(schema);
  try {
    const migrated = await inTransaction(
      pool,
      target,
      (db) => migrate(db, tables),
      () => true,
    );
    if (typeof migrated !== 'number') {
      await pool.end();
      return left(
        unavailable(
          target,
          `schema ${JSON.stringify(schema)} is at version ${migrated.found}, newer than this library supports (${migrated.supported})`,
        ),
      );
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof StoreUnavailableError) return left(error.unavailable);
    throw error;
  }
  return right(
    new PostgresEventStore({
      pool,
      tables,
      target,
      listener: new AppendListener(config, tables.channel),
      clock: options.clock ?? systemClock,
      newEventId: options.newEventId ?? uuidV7,
      ...(options.headCacheSize === undefined ? {} : { headCacheSize: options.headCacheSize }),
    }),
  );
};
