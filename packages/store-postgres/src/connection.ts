import { Client } from 'pg';

/** Where a store lives, safe to print: no password. */
export interface ConnectionTarget {
  readonly location: string;
  readonly host: string;
  readonly port: number;
}

const redact = (connectionString: string): string | undefined => {
  try {
    const url = new URL(connectionString);
    if (url.password !== '') url.password = '';
    for (const key of [...url.searchParams.keys()]) if (key.toLowerCase() === 'password') url.searchParams.set(key, '');
    return url.toString();
  } catch {
    return undefined;
  }
};

/**
 * Host and port as the driver will use them (it fills in PGHOST/PGPORT and defaults), and the
 * connection string with its password removed.
 */
export const connectionTarget = (connectionString: string): ConnectionTarget => {
  // Constructing a client parses the settings without connecting.
  const parsed = new Client({ connectionString });
  const host = parsed.host;
  const port = parsed.port;
  const location =
    redact(connectionString) ??
    `postgres://${encodeURIComponent(parsed.user ?? '')}@${host}:${port}/${parsed.database ?? ''}`;
  return { location, host, port };
};
