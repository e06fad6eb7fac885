// A throwaway PostgreSQL server for tests. With DATABASE_URL set it is used as is; otherwise
// Debian's server binaries start a private cluster in a temporary directory on a free port, and
// the tests never skip: no binaries means a loud failure that says how to install them.
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';

const run = promisify(execFile);

/** A server the tests may use; `stop` is a no-op for a server given by DATABASE_URL. */
export interface ThrowawayPostgres {
  readonly url: string;
  stop(): Promise<void>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    innoledgerDatabaseUrl: string;
  }
}

const PG_ROOT = '/usr/lib/postgresql';
const DATABASE = 'innoledger_test';

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

const startServer = async (): Promise<ThrowawayPostgres> => {
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
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
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
    await run(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', DATABASE]);
    let stopped = false;
    return {
      url: `postgres://postgres@127.0.0.1:${port}/${DATABASE}`,
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

const providedUrl = (): string | undefined => {
  try {
    return inject('innoledgerDatabaseUrl') || undefined;
  } catch {
    // Outside a vitest worker there is nothing to inject.
    return undefined;
  }
};

/**
 * A PostgreSQL server for this test file: DATABASE_URL (or the URL the global setup provided)
 * when there is one, else a fresh private server. Throws, never skips, when neither is possible.
 */
export const startThrowawayPostgres = async (): Promise<ThrowawayPostgres> => {
  const given = process.env.DATABASE_URL || providedUrl();
  if (given) return { url: given, stop: async () => undefined };
  return startServer();
};

/** A schema name no other test uses, so suites sharing one server never see each other's rows. */
export const freshSchemaName = (prefix = 'innoledger_test'): string => `${prefix}_${randomBytes(6).toString('hex')}`;

let shared: ThrowawayPostgres | undefined;

/**
 * vitest `globalSetup`: one server for the whole run, handed to every test file through
 * `provide` (read back by {@link startThrowawayPostgres}) and DATABASE_URL.
 */
export const setup = async (project: TestProject): Promise<void> => {
  shared = await startThrowawayPostgres();
  process.env.DATABASE_URL = shared.url;
  project.provide('innoledgerDatabaseUrl', shared.url);
};

export const teardown = async (): Promise<void> => {
  await shared?.stop();
  shared = undefined;
};
