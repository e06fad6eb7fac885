// A connection killed in the middle of an append: the call rejects with StoreUnavailableError
// naming the server, nothing of the append is written, and the pool recovers for the next call.
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from './errors';
import { event, simulated, useTestServer } from './support/testServer';
import { tablesFor } from './tables';

const server = useTestServer();

describe('a connection lost mid-append', () => {
  it('rejects with StoreUnavailableError, writes nothing, and the next append succeeds', async () => {
    const store = await server.open(simulated());
    await store.appendToStream('s', 'no_stream', [event(1)]);
    const holder = await server.client();
    const admin = await server.client();

    // Hold the log lock so the store's append is parked, waiting, on a known backend.
    await holder.query('BEGIN');
    await holder.query(`SELECT pg_advisory_xact_lock(${tablesFor(store.schema).logLock})`);
    const parked = store.appendToStream('s', 1, [event(2)]).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    let killed = 0;
    while (killed === 0) {
      const result = await admin.query<{ pid: number }>(
        `SELECT pg_terminate_backend(pid) AS done, pid FROM pg_stat_activity
         WHERE wait_event_type = 'Lock' AND datname = current_database() AND pid <> pg_backend_pid()`,
      );
      killed = result.rowCount ?? 0;
    }
    const outcome = await parked;
    await holder.query('ROLLBACK');

    expect('error' in outcome && outcome.error).toBeInstanceOf(StoreUnavailableError);
    const unavailable =
      'error' in outcome && outcome.error instanceof StoreUnavailableError && outcome.error.unavailable;
    const url = new URL(server.url());
    expect(unavailable).toMatchObject({ _tag: 'StoreUnavailable', host: url.hostname, port: Number(url.port) });

    expect(await store.headPosition()).toBe(1);
    const next = await store.appendToStream('s', 1, [event(3)]);
    expect(isRight(next) && next.right.lastGlobalPosition).toBe(2);
  });
});
