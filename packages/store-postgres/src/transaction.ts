import type { Pool } from 'pg';
import type { ConnectionTarget } from './connection';
import type { Db } from './db';
import { isUnavailable, rethrow } from './errors';

/**
 * Runs `work` in one transaction on one pooled client. `keep` decides from the result whether to
 * commit (a refused append returns a value and rolls back); a thrown error always rolls back.
 */
export const inTransaction = async <T>(
  pool: Pool,
  target: ConnectionTarget,
  work: (db: Db) => Promise<T>,
  keep: (value: T) => boolean,
): Promise<T> => {
  const client = await pool.connect().catch((error: unknown) => rethrow(error, target));
  let broken: unknown;
  // pg-pool listens for errors only on idle clients: a checked-out client whose connection dies
  // emits 'error', which would crash the process unheard. The failing query rejects as well.
  const onError = (error: unknown) => {
    broken = error;
  };
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const value = await work(client);
    await client.query(keep(value) ? 'COMMIT' : 'ROLLBACK');
    return value;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    // A client whose connection failed must not go back into the pool.
    if (isUnavailable(error)) broken = error;
    return rethrow(error, target);
  } finally {
    client.removeListener('error', onError);
    client.release(broken instanceof Error ? broken : broken === undefined ? undefined : true);
  }
};
