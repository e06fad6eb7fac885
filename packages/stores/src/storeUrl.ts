import { isAbsolute, resolve } from 'node:path';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { redactUrl } from './redactUrl';
import { type UnknownStoreScheme, unknownStoreScheme } from './unknownStoreScheme';

/** Where `sqlite:` with no path keeps the ledger, relative to the working directory. */
export const DEFAULT_SQLITE_PATH = './.innoledger/ledger.db';

/** The store used when none is named: the embedded SQLite file. */
export const DEFAULT_STORE_URL = `sqlite:${DEFAULT_SQLITE_PATH}`;

/** Every scheme `openStore` understands, as a URL starts. */
export const SUPPORTED_SCHEMES: readonly string[] = [
  'memory:',
  'sqlite:',
  'postgres://',
  'postgresql://',
  'esdb://',
  'esdb+discover://',
  'kurrentdb://',
  'kurrentdb+discover://',
];

/** What a store URL asks for. */
export type StoreTarget =
  | { readonly kind: 'memory' }
  /** An absolute file path. */
  | { readonly kind: 'sqlite'; readonly path: string }
  /** `schema` comes from a `?schema=` parameter, which is removed from the connection string. */
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema?: string }
  | { readonly kind: 'eventstoredb'; readonly connectionString: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

const ADAPTER_OF: Readonly<Record<string, 'postgres' | 'eventstoredb'>> = {
  postgres: 'postgres',
  postgresql: 'postgres',
  esdb: 'eventstoredb',
  'esdb+discover': 'eventstoredb',
  kurrentdb: 'eventstoredb',
  'kurrentdb+discover': 'eventstoredb',
};

/**
 * Reads a store URL without touching anything:
 * - `memory:` → the in-memory reference store;
 * - `sqlite:./relative.db` (against `cwd`), `sqlite:/absolute.db`, `sqlite:///absolute.db`, and
 *   `sqlite:` alone → {@link DEFAULT_SQLITE_PATH};
 * - `postgres://…`, `postgresql://…` → PostgreSQL, the URL passed on as the connection string;
 * - `esdb://…`, `esdb+discover://…`, `kurrentdb://…`, `kurrentdb+discover://…` → EventStoreDB.
 * Anything else is an `UnknownStoreScheme` naming the URL (password removed) and the schemes above.
 */
/**
 * Several ledgers can share one PostgreSQL database in different schemas; libpq knows no `schema`
 * parameter, so it is taken out of the URL before the driver sees it.
 */
const postgresTarget = (url: string): StoreTarget => {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  if (schema === null) return { kind: 'postgres', connectionString: url };
  parsed.searchParams.delete('schema');
  return { kind: 'postgres', connectionString: parsed.toString(), schema };
};

export const parseStoreUrl = (url: string, cwd: string = process.cwd()): Either<UnknownStoreScheme, StoreTarget> => {
  const match = SCHEME.exec(url);
  const scheme = match?.[1]?.toLowerCase() ?? '';
  const rest = url.slice(scheme.length + 1);
  if (scheme === 'memory') return right({ kind: 'memory' });
  if (scheme === 'sqlite') {
    // `sqlite://x` is the URL spelling of `sqlite:x`, so `sqlite:///tmp/x.db` is absolute.
    const path = rest.startsWith('//') ? rest.slice(2) : rest;
    const file = path === '' ? DEFAULT_SQLITE_PATH : path;
    return right({ kind: 'sqlite', path: isAbsolute(file) ? file : resolve(cwd, file) });
  }
  const adapter = ADAPTER_OF[scheme];
  if (adapter === 'postgres') return right(postgresTarget(url));
  if (adapter !== undefined) return right({ kind: adapter, connectionString: url });
  return left(unknownStoreScheme(redactUrl(url), scheme, SUPPORTED_SCHEMES));
};
