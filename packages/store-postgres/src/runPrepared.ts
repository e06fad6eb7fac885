import pg, { type ClientBase, type Connection, type Pool } from 'pg';
import { isUnavailable } from './errors';

/** A statement the server prepares once per connection, under a name. */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

/** A row as the server sends it in text format: each column's text, or null. */
export type TextRow = readonly (string | null)[];

/** Runs a prepared statement and hands back its rows. */
export type RunPrepared = (statement: PreparedStatement, values: readonly unknown[]) => Promise<readonly TextRow[]>;

// pg's own parameter encoding (arrays as array literals and so on), so values mean what they mean
// to `query`. The typings do not declare `utils`; pg 8 has it on its default export.
const { prepareValue } = (pg as unknown as { utils: { prepareValue: (value: unknown) => string | Buffer | null } })
  .utils;

// Where pg notes, per connection, the statements it has parsed (set on ParseComplete for any
// submitted query with a name). The typings do not declare it; the version of pg is pinned.
const parsedOn = (connection: Connection): Record<string, string | undefined> =>
  (connection as unknown as { parsedStatements: Record<string, string | undefined> }).parsedStatements;

type Settle = (error: Error | null, rows?: readonly TextRow[]) => void;

/**
 * One execution as a pg submittable: Parse the first time on a connection, then Bind, Execute
 * and Sync. pg's `Query` also sends Describe every time and builds a result (fields, a parser per
 * column, an object per row) from the answer; a caller that knows its columns needs neither, and
 * they were 8–12 % of an append's call (docs/performance.md, the ninth round).
 */
const execution = (statement: PreparedStatement, values: readonly unknown[], callback: Settle) => {
  // Encoded before anything is queued: a value pg cannot encode must throw here, not between a
  // Parse already written and the Sync that would end it, which would leave the connection hung.
  const encoded = values.map(prepareValue);
  const rows: TextRow[] = [];
  return {
    // pg reads these three: the name and text to note the statement as parsed, the callback to
    // settle the execution itself when a read timeout is configured.
    name: statement.name,
    text: statement.text,
    callback,
    submit(connection: Connection): null {
      connection.stream.cork();
      try {
        if (parsedOn(connection)[statement.name] !== statement.text)
          connection.parse({ name: statement.name, text: statement.text, types: [] }, false);
        connection.bind({ statement: statement.name, values: encoded }, false);
        connection.execute({}, false);
        connection.sync();
      } finally {
        connection.stream.uncork();
      }
      return null;
    },
    handleRowDescription() {},
    handleDataRow(message: { fields: TextRow }) {
      rows.push(message.fields);
    },
    handleCommandComplete() {},
    handleEmptyQuery() {},
    handlePortalSuspended() {},
    handleCopyInResponse(connection: Connection & { sendCopyFail(message: string): void }) {
      connection.sendCopyFail('innoledger: a prepared statement takes no COPY data');
    },
    handleCopyData() {},
    // pg forgets the active query on an error, so this is the last call the execution gets.
    handleError(error: Error) {
      this.callback(error);
    },
    handleReadyForQuery() {
      this.callback(null, rows);
    },
  };
};

/** Runs prepared statements on one client (a transaction's, or a test's). */
export const runPreparedOn =
  (client: ClientBase): RunPrepared =>
  (statement, values) =>
    new Promise((resolve, reject) => {
      client.query(execution(statement, values, (error, rows) => (error ? reject(error) : resolve(rows ?? []))));
    });

/**
 * Runs each prepared statement on a client of the pool. A client whose connection failed is
 * destroyed rather than returned; one whose statement was refused goes back, as it is intact.
 */
export const runPreparedOnPool =
  (pool: Pool): RunPrepared =>
  async (statement, values) => {
    const client = await pool.connect();
    let broken: Error | undefined;
    // pg-pool listens for errors only on idle clients: a checked-out client whose connection dies
    // emits 'error', which would crash the process unheard. The execution is failed as well.
    const onError = (error: Error) => {
      broken = error;
    };
    client.on('error', onError);
    try {
      return await runPreparedOn(client)(statement, values);
    } catch (error) {
      if (isUnavailable(error)) broken = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.removeListener('error', onError);
      client.release(broken);
    }
  };
