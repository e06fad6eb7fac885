import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openEventStoreDbStore } from './openEventStoreDbStore';

/** A local port nothing listens on: bound, then released. */
const closedPort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
};

describe('opening an EventStoreDB store that cannot be reached', () => {
  it('gives StoreUnavailable naming host, port and the URL without its password', async () => {
    const port = await closedPort();
    const opened = await openEventStoreDbStore({
      connectionString: `esdb://admin:changeit@127.0.0.1:${port}?tls=false`,
    });
    expect(opened._tag).toBe('Left');
    if (opened._tag === 'Left') {
      expect(opened.left).toMatchObject({
        _tag: 'StoreUnavailable',
        location: `esdb://admin:***@127.0.0.1:${port}?tls=false`,
        host: '127.0.0.1',
        port,
      });
      expect(opened.left.message).toContain(
        `EventStoreDB at esdb://admin:***@127.0.0.1:${port}?tls=false is unavailable`,
      );
      expect(opened.left.message).not.toContain('changeit');
    }
  });

  it('accepts a kurrentdb:// URL and reports it as given', async () => {
    const port = await closedPort();
    const opened = await openEventStoreDbStore({ connectionString: `kurrentdb://127.0.0.1:${port}?tls=false` });
    expect(opened).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'StoreUnavailable', location: `kurrentdb://127.0.0.1:${port}?tls=false`, port },
    });
  });

  it('gives StoreUnavailable for a connection string the client cannot parse', async () => {
    const opened = await openEventStoreDbStore({ connectionString: 'http://localhost:2113' });
    expect(opened).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'StoreUnavailable', location: 'http://localhost:2113' },
    });
    if (opened._tag === 'Left') expect(opened.left.message).toContain('not an EventStoreDB connection string');
  });

  it('refuses a namespace the stream names cannot carry', async () => {
    await expect(
      openEventStoreDbStore({ connectionString: 'esdb://localhost:2113?tls=false', namespace: 'a/b' }),
    ).rejects.toThrow(RangeError);
  });
});
