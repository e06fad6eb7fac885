import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type EventStore, SimulatedClock, seededUuidV7 } from '@innoledger/kernel';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './openStore';
import { SUPPORTED_SCHEMES } from './storeUrl';

const tmp = mkdtempSync(join(tmpdir(), 'innoledger-stores-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A local port nothing listens on: bound, then released. */
const closedPort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
};

const opened = async (url: string): Promise<EventStore> => {
  const result = await openStore(url);
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
};

/** Appends one event, reads it back through a second store on the same URL, and closes both. */
const roundTrip = async (url: string) => {
  const writer = await opened(url);
  const appended = await writer.appendToStream('enterprise-1', 'no_stream', [
    { type: 'EnterpriseRegistered', data: { name: '咸宁高新区企业' }, occurredAt: '2020-03-02' },
  ]);
  await writer.close();
  const reader = await opened(url);
  const read = await reader.readStream('enterprise-1');
  await reader.close();
  expect(appended._tag).toBe('Right');
  expect(read._tag === 'Right' ? read.right.map((e) => e.data) : read).toEqual([{ name: '咸宁高新区企业' }]);
};

/** Runs `fn` with the working directory moved to `dir`. */
const inDirectory = async (dir: string, fn: () => Promise<void>) => {
  const before = process.cwd();
  process.chdir(dir);
  try {
    await fn();
  } finally {
    process.chdir(before);
  }
};

describe('openStore', () => {
  it('memory: opens the in-memory store with the given clock and ids', async () => {
    const clock = new SimulatedClock('2020-07-31T08:00:00.000Z');
    const result = await openStore('memory:', { clock, newEventId: seededUuidV7(1, clock) });
    if (result._tag === 'Left') throw new Error(result.left.message);
    const appended = await result.right.appendToStream('s', 'no_stream', [
      { type: 'T', data: {}, occurredAt: '2020-07-31' },
    ]);
    expect(appended._tag === 'Right' ? appended.right.events[0]?.recordedAt : appended).toBe(
      '2020-07-31T08:00:00.000Z',
    );
    expect(appended._tag === 'Right' ? appended.right.events[0]?.eventId : appended).toBe(seededUuidV7(1, clock)());
  });

  it('sqlite:./relative.db opens a file under the working directory', async () => {
    const dir = mkdtempSync(join(tmp, 'relative-'));
    await inDirectory(dir, () => roundTrip('sqlite:./data/ledger.db'));
    expect(existsSync(join(dir, 'data', 'ledger.db'))).toBe(true);
  });

  it('sqlite:/absolute.db opens that file wherever the working directory is', async () => {
    const file = join(tmp, 'absolute', 'ledger.db');
    await roundTrip(`sqlite:${file}`);
    expect(existsSync(file)).toBe(true);
  });

  it('sqlite: alone opens ./.innoledger/ledger.db', async () => {
    const dir = mkdtempSync(join(tmp, 'default-'));
    await inDirectory(dir, () => roundTrip('sqlite:'));
    expect(existsSync(join(dir, '.innoledger', 'ledger.db'))).toBe(true);
  });

  it('an unknown scheme is UnknownStoreScheme naming the URL and the supported schemes', async () => {
    expect(await openStore('mongodb://admin:pw@localhost/ledger')).toEqual({
      _tag: 'Left',
      left: expect.objectContaining({
        _tag: 'UnknownStoreScheme',
        url: 'mongodb://admin:***@localhost/ledger',
        scheme: 'mongodb',
        supported: SUPPORTED_SCHEMES,
      }),
    });
  });

  it('an unreachable PostgreSQL server is StoreUnavailable naming the URL without its password', async () => {
    const port = await closedPort();
    const result = await openStore(`postgres://ledger:s3cr3t@127.0.0.1:${port}/ledger`);
    expect(result).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'StoreUnavailable', location: `postgres://ledger:***@127.0.0.1:${port}/ledger` },
    });
    expect(JSON.stringify(result)).not.toContain('s3cr3t');
  });

  it('an unreachable EventStoreDB server is StoreUnavailable naming the URL without its password', async () => {
    const port = await closedPort();
    const result = await openStore(`esdb://admin:changeit@127.0.0.1:${port}?tls=false`);
    expect(result).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'StoreUnavailable', location: `esdb://admin:***@127.0.0.1:${port}?tls=false`, port },
    });
    expect(JSON.stringify(result)).not.toContain('changeit');
  });
});

describe('adapters load lazily', () => {
  const index = fileURLToPath(new URL('./index.ts', import.meta.url));
  const probe = join(tmp, 'probe.mts');
  writeFileSync(
    probe,
    `import { createRequire } from 'node:module';
import { openStore } from ${JSON.stringify(index)};
const opened = await openStore(process.argv[2]);
if (opened._tag === 'Left') throw new Error(opened.left.message);
await opened.right.close();
const loaded = Object.keys(createRequire(import.meta.url).cache);
const has = (re) => loaded.some((file) => re.test(file));
console.log(JSON.stringify({ sqlite: has(/better-sqlite3/), pg: has(/[\\\\/]pg[\\\\/]/), grpc: has(/@grpc|db-client/) }));
`,
  );
  // A fresh process, so what the URL made it load is all it loaded.
  const modulesLoadedFor = async (url: string) => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--conditions=@innoledger/source', '--import', 'tsx', probe, url],
      // From the package, so `--import tsx` resolves to the workspace's tsx.
      { cwd: fileURLToPath(new URL('..', import.meta.url)) },
    );
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as unknown;
  };

  it('memory: loads no database driver', async () => {
    expect(await modulesLoadedFor('memory:')).toEqual({ sqlite: false, pg: false, grpc: false });
  });

  it('sqlite: loads better-sqlite3 and neither pg nor the gRPC client', async () => {
    expect(await modulesLoadedFor(`sqlite:${join(tmp, 'lazy', 'ledger.db')}`)).toEqual({
      sqlite: true,
      pg: false,
      grpc: false,
    });
  });
});
