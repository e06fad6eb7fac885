// A private PostgreSQL server from Debian's binaries, for the tests and the benchmark alike. No
// vitest here: the benchmark runs outside the test runner.
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A server to use; `stop` is a no-op for a server given by DATABASE_URL. */
export interface ThrowawayPostgres {
  readonly url: string;
  stop(): Promise<void>;
}

const PG_ROOT = '/usr/lib/postgresql';

/** The newest installed major version's bin directory, or a thrown error naming the fix. */
export const postgresBinDir = (root = PG_ROOT): string => {
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (newest === undefined)
    throw new Error(
      `PostgreSQL server binaries not found (no ${root}/*/bin/initdb). ` +
        "Run `bash scripts/ensure-postgres.sh` (installs Debian's postgresql), " +
        'or set DATABASE_URL=postgres://user@host:port/db to use an existing server.',
    );
  return join(root, newest, 'bin');
};

// initdb refuses to run as root, so as root the server tools run as the postgres user.
const asRoot = process.getuid?.() === 0;
const serverCommand = (bin: string, tool: string, args: string[]): [string, string[]] =>
  asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

const logTail = (path: string): string => {
  try {
    return readFileSync(path, 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '(no server log)';
  }
};

const running = new Set<() => void>();
// A test run that dies without calling stop() must not leave a server behind.
process.once('exit', () => {
  for (const stopNow of running) stopNow();
});

/** Server settings for throwaway servers: speed over durability, room for many test connections. */
export const SERVER_SETTINGS = '-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300';

/**
 * initdb + pg_ctl start of a private server in a temporary directory on a free loopback port, with
 * one database created; `stop` (or the process's exit) removes it all.
 */
export const startPostgresServer = async (database: string): Promise<ThrowawayPostgres> => {
  const bin = postgresBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'innoledger-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
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
  const stopNow = () => {
    try {
      execFileSync(stopArgs[0], stopArgs[1], { stdio: 'ignore' });
    } catch {
      // Already stopped.
    }
    rmSync(dir, { recursive: true, force: true });
  };

  let lastError: unknown;
  // A free port can be taken between the probe and the server's bind: try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 ${SERVER_SETTINGS}`;
    const [pgCtl, startArgs] = serverCommand(bin, 'pg_ctl', [
      '-D',
      data,
      '-l',
      log,
      '-w',
      '-t',
      '60',
      '-o',
      options,
      'start',
    ]);
    try {
      await run(pgCtl, startArgs);
    } catch (error) {
      lastError = error;
      continue;
    }
    running.add(stopNow);
    await run(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', database]);
    let stopped = false;
    return {
      url: `postgres://postgres@127.0.0.1:${port}/${database}`,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        running.delete(stopNow);
        await run(stopArgs[0], stopArgs[1]).catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const tail = logTail(log);
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`could not start a throwaway PostgreSQL server: ${String(lastError)}\n${tail}`);
};
