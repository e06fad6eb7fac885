import type { ServerLocation } from './errors';

/** The port EventStoreDB (and KurrentDB) listen on when the connection string names none. */
export const DEFAULT_PORT = 2113;

// Client 6.x knows only the esdb schemes; KurrentDB servers speak the same protocol, so their
// schemes are accepted and rewritten.
const SCHEME_ALIASES: ReadonlyArray<readonly [string, string]> = [
  ['kurrentdb+discover://', 'esdb+discover://'],
  ['kurrentdb://', 'esdb://'],
  ['kurrent+discover://', 'esdb+discover://'],
  ['kurrent://', 'esdb://'],
];

/** The connection string with a KurrentDB scheme rewritten to the esdb scheme client 6.x parses. */
export const normalizeConnectionString = (connectionString: string): string => {
  const lower = connectionString.toLowerCase();
  for (const [alias, scheme] of SCHEME_ALIASES) {
    if (lower.startsWith(alias)) return scheme + connectionString.slice(alias.length);
  }
  return connectionString;
};

const schemeEnd = (connectionString: string): number => {
  const at = connectionString.indexOf('://');
  return at < 0 ? 0 : at + 3;
};

/** The connection string with the password (between `user:` and `@`) replaced by `***`. */
export const redactConnectionString = (connectionString: string): string => {
  const start = schemeEnd(connectionString);
  const authorityEnd = connectionString.slice(start).search(/[/?]/);
  const authority =
    authorityEnd < 0 ? connectionString.slice(start) : connectionString.slice(start, start + authorityEnd);
  const at = authority.lastIndexOf('@');
  if (at < 0) return connectionString;
  const colon = authority.indexOf(':');
  if (colon < 0 || colon > at) return connectionString;
  return `${connectionString.slice(0, start)}${authority.slice(0, colon)}:***${connectionString.slice(start + at)}`;
};

/** The first host and port of the connection string, for error messages; the password is never kept. */
export const serverLocation = (connectionString: string): ServerLocation => {
  const location = redactConnectionString(connectionString);
  const start = schemeEnd(connectionString);
  if (start === 0) return { location };
  const rest = connectionString.slice(start);
  const authority = rest.split(/[/?]/, 1)[0] ?? '';
  const hosts = authority.slice(authority.lastIndexOf('@') + 1);
  const first = hosts.split(',', 1)[0] ?? '';
  if (first.length === 0) return { location };
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(first);
  if (!match?.[1]) return { location };
  return { location, host: match[1], port: match[2] === undefined ? DEFAULT_PORT : Number(match[2]) };
};
