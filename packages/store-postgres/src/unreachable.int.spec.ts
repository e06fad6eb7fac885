// A server that cannot be reached, or a database that does not exist, is a StoreUnavailable value
// naming host and port; the password in the URL never appears in it.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from './openPostgresStore';
import { useTestServer } from './support/testServer';
import { tablesFor } from './tables';

const server = useTestServer();

/** A port on 127.0.0.1 nobody listens on: bound, read, released. */
const closedPort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

const PASSWORD = 'hunter2-不要打印';

describe('an unreachable store', () => {
  it('is a StoreUnavailable naming host and port, without the password', async () => {
    const port = await closedPort();
    const url = `postgres://ledger:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/innoledger`;
    const opened = await openPostgresStore({ connectionString: url });
    expect(opened).toMatchObject({
      _tag: 'Left',
      left: {
        _tag: 'StoreUnavailable',
        host: '127.0.0.1',
        port,
        location: `postgres://ledger@127.0.0.1:${port}/innoledger`,
      },
    });
    const text = JSON.stringify(opened);
    expect(text).toContain(`127.0.0.1:${port}`);
    expect(text).toContain('ECONNREFUSED');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain(encodeURIComponent(PASSWORD));
  });

  it('a database that does not exist is unavailable too, naming the server', async () => {
    const url = new URL(server.url());
    url.pathname = '/no_such_database';
    url.password = PASSWORD;
    const opened = await openPostgresStore({ connectionString: url.toString() });
    expect(opened).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'StoreUnavailable', host: url.hostname, port: Number(url.port) },
    });
    expect(JSON.stringify(opened)).toContain('3D000');
    expect(JSON.stringify(opened)).not.toContain('hunter2');
  });

  it('a schema written by a newer library is refused, not downgraded', async () => {
    const store = await server.open();
    const admin = await server.client();
    await admin.query(
      `INSERT INTO ${tablesFor(store.schema).schemaVersion} (version, description) VALUES (99, 'future')`,
    );
    const reopened = await openPostgresStore({ connectionString: server.url(), schema: store.schema });
    expect(reopened).toMatchObject({ _tag: 'Left', left: { _tag: 'StoreUnavailable' } });
    expect(reopened._tag === 'Left' && reopened.left.message).toContain('version 99');
  });
});
