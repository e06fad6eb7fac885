// A throwaway PostgreSQL server for tests. With DATABASE_URL set it is used as is; otherwise
// Debian's server binaries start a private cluster in a temporary directory on a free port, and
// the tests never skip: no binaries means a loud failure that says how to install them.
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { startPostgresServer, type ThrowawayPostgres } from './throwawayPostgres';

export { postgresBinDir, type ThrowawayPostgres } from './throwawayPostgres';

declare module 'vitest' {
  export interface ProvidedContext {
    innoledgerDatabaseUrl: string;
  }
}

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
  return startPostgresServer('innoledger_test');
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
