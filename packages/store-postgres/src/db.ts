import type { QueryResult, QueryResultRow } from 'pg';

/** What an operation needs: a pool, or a client inside a transaction. */
export interface Db {
  query<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
}
