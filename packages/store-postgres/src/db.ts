import type { QueryConfig, QueryResult, QueryResultRow } from 'pg';

/** What an operation needs: a pool, or a client inside a transaction. */
export interface Db {
  query<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
}

/** A pool or a client: anything that runs a named (server-side prepared) statement. */
export interface PreparingDb {
  query<R extends QueryResultRow>(config: QueryConfig<unknown[]>): Promise<QueryResult<R>>;
}
