import { describe, expect, it } from 'vitest';
import { DEFAULT_STORE_URL, parseStoreUrl, SUPPORTED_SCHEMES } from './storeUrl';

const cwd = '/srv/ledger';
const target = (url: string) => {
  const parsed = parseStoreUrl(url, cwd);
  return parsed._tag === 'Right' ? parsed.right : parsed.left;
};

describe('parseStoreUrl', () => {
  it('memory: is the in-memory store', () => {
    expect(target('memory:')).toEqual({ kind: 'memory' });
    expect(target('MEMORY:')).toEqual({ kind: 'memory' });
  });

  it('sqlite: paths are relative to the working directory unless absolute', () => {
    expect(target('sqlite:./data/ledger.db')).toEqual({ kind: 'sqlite', path: '/srv/ledger/data/ledger.db' });
    expect(target('sqlite:ledger.db')).toEqual({ kind: 'sqlite', path: '/srv/ledger/ledger.db' });
    expect(target('sqlite:../other/咸宁.db')).toEqual({ kind: 'sqlite', path: '/srv/other/咸宁.db' });
    expect(target('sqlite:/var/lib/innoledger/ledger.db')).toEqual({
      kind: 'sqlite',
      path: '/var/lib/innoledger/ledger.db',
    });
    expect(target('sqlite:///tmp/x.db')).toEqual({ kind: 'sqlite', path: '/tmp/x.db' });
    expect(target('sqlite://rel.db')).toEqual({ kind: 'sqlite', path: '/srv/ledger/rel.db' });
  });

  it('sqlite: alone, and the default URL, mean ./.innoledger/ledger.db', () => {
    expect(target('sqlite:')).toEqual({ kind: 'sqlite', path: '/srv/ledger/.innoledger/ledger.db' });
    expect(target(DEFAULT_STORE_URL)).toEqual({ kind: 'sqlite', path: '/srv/ledger/.innoledger/ledger.db' });
  });

  it('a ?schema= parameter names the PostgreSQL schema and leaves the connection string', () => {
    expect(target('postgres://u:p@db:5432/ledger?schema=bureau_2020&sslmode=disable')).toEqual({
      kind: 'postgres',
      connectionString: 'postgres://u:p@db:5432/ledger?sslmode=disable',
      schema: 'bureau_2020',
    });
  });

  it('postgres:// and postgresql:// go to PostgreSQL with the URL as connection string', () => {
    for (const url of ['postgres://u:p@db:5432/ledger', 'postgresql://localhost/ledger?sslmode=disable'])
      expect(target(url)).toEqual({ kind: 'postgres', connectionString: url });
  });

  it('esdb://, esdb+discover:// and kurrentdb:// go to EventStoreDB', () => {
    for (const url of [
      'esdb://localhost:2113?tls=false',
      'esdb+discover://cluster.example:2113',
      'kurrentdb://admin:changeit@localhost:2113',
      'kurrentdb+discover://cluster.example:2113',
    ])
      expect(target(url)).toEqual({ kind: 'eventstoredb', connectionString: url });
  });

  it('an unknown scheme names the URL without its password and the supported schemes', () => {
    expect(target('mysql://root:hunter2@db/ledger')).toEqual({
      _tag: 'UnknownStoreScheme',
      url: 'mysql://root:***@db/ledger',
      scheme: 'mysql',
      supported: SUPPORTED_SCHEMES,
      message: `no store for the scheme mysql: in "mysql://root:***@db/ledger"; use one of ${SUPPORTED_SCHEMES.join(' ')}`,
    });
    expect(target('http://localhost:2113')).toMatchObject({ _tag: 'UnknownStoreScheme', scheme: 'http' });
    expect(target('C:\\ledger.db')).toMatchObject({ _tag: 'UnknownStoreScheme', scheme: 'c' });
  });

  it('a bare path is not a URL: the error says how to name a file', () => {
    const error = target('./ledger.db');
    expect(error).toMatchObject({ _tag: 'UnknownStoreScheme', scheme: '', url: './ledger.db' });
    expect((error as { message: string }).message).toContain('sqlite:./path.db');
    expect(target('')).toMatchObject({ _tag: 'UnknownStoreScheme', scheme: '' });
  });
});
