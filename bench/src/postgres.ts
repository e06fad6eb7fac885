// A throwaway PostgreSQL server for the benchmark, started the way tests/support/postgres.ts does
// (Debian's binaries, a temporary data directory, a free port, trust auth, the same settings), but
// without vitest, which that file imports. DATABASE_URL, when set, is used instead.
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface BenchPostgres {
  readonly url: string;
  /** The server settings that matter for write speed, as the tests use them. */
  readonly settings: string;
  stop(): Promise<void>;
}

const PG_ROOT = '/usr/lib/postgresql';
export const SERVER_SETTINGS = '-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300';

const binDir = (): string => {
  const versions = existsSync(PG_ROOT)
    ? readdirSync(PG_ROOT)
        .filter((v) => existsSync(join(PG_ROOT, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (newest === undefined)
    throw new Error('PostgreSQL server binaries not found: run `bash scripts/ensure-postgres.sh` or set DATABASE_URL');
  return join(PG_ROOT, newest, 'bin');
};

const asRoot = process.getuid?.() === 0;
const serverCommand = (bin: string, tool: string, args: string[]): [string, string[]] =>
  asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

export const startPostgres = async (): Promise<BenchPostgres> => {
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, settings: 'given by DATABASE_URL', stop: async () => undefined };
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'innoledger-bench-pg-'));
  const data = join(dir, 'data');
  mkdirSync(data, { mode: 0o700 });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    chownSync(data, uid, gid);
  }
  const [initdb, initdbArgs] = serverCommand(bin, 'initdb', [
    ...['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
  ]);
  await run(initdb, initdbArgs);
  const stopArgs = serverCommand(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 ${SERVER_SETTINGS}`;
  const [pgCtl, startArgs] = serverCommand(bin, 'pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    '-o',
    options,
    'start',
  ]);
  await run(pgCtl, startArgs);
  const stopNow = () => {
    try {
      execFileSync(stopArgs[0], stopArgs[1], { stdio: 'ignore' });
    } catch {
      // Already stopped.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopNow);
  await run(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'bench']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/bench`,
    settings: SERVER_SETTINGS,
    stop: async () => {
      process.removeListener('exit', stopNow);
      stopNow();
    },
  };
};

/** A fresh database on the server, so every run starts empty. */
export const createDatabase = async (url: string, name: string): Promise<string> => {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name}`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};
