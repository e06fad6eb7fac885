import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './schema';
import { untilNotBusy } from './untilNotBusy';

/** How the connection is opened; the store-level options add the clock and the id generator. */
export interface ConnectionOptions {
  readonly path: string;
  readonly synchronous: 'FULL' | 'NORMAL';
  readonly busyTimeoutMs: number;
  /** better-sqlite3's statement logger; internal, for tests that count queries. */
  readonly verbose?: (sql: unknown) => void;
}

const IN_MEMORY = ':memory:';

/**
 * Opens (creating if needed) the file, switches it to WAL, sets durability and brings the schema
 * up to date. Throws on any failure; the caller turns that into a `StoreUnavailable`.
 */
export const openConnection = (options: ConnectionOptions): Database.Database => {
  // Checked at run time too: the value is spliced into a PRAGMA, which takes no parameters.
  if (options.synchronous !== 'FULL' && options.synchronous !== 'NORMAL')
    throw new RangeError(`synchronous must be 'FULL' or 'NORMAL', got ${JSON.stringify(options.synchronous)}`);
  if (options.path !== IN_MEMORY && options.path !== '') mkdirSync(dirname(resolve(options.path)), { recursive: true });
  const db = new Database(options.path, {
    timeout: options.busyTimeoutMs,
    ...(options.verbose ? { verbose: options.verbose } : {}),
  });
  try {
    // WAL lets readers work while one writer appends, and survives power loss with synchronous=FULL.
    untilNotBusy(() => db.pragma('journal_mode = WAL'), options.busyTimeoutMs);
    db.pragma(`synchronous = ${options.synchronous}`);
    untilNotBusy(() => migrate(db), options.busyTimeoutMs);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
};
