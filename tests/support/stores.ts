// Real stores for cross-package tests: SQLite in a temporary file, PostgreSQL in a fresh schema
// of the run's throwaway server. Each comes with its own cleanup; nothing is faked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock, EventIdGenerator, EventStore } from '@innoledger/kernel';
import { InMemoryEventStore } from '@innoledger/kernel';
import { openPostgresStore } from '@innoledger/store-postgres';
import { openSqliteStore } from '@innoledger/store-sqlite';
import { Client, escapeIdentifier } from 'pg';
import { freshSchemaName, startThrowawayPostgres } from './postgres';

export type StoreKind = 'memory' | 'sqlite' | 'postgres';

export interface TestStore {
  readonly store: EventStore;
  /** Closes the store and removes its file or schema. */
  dispose(): Promise<void>;
}

export interface TestStoreOptions {
  readonly clock?: Clock;
  readonly newEventId?: EventIdGenerator;
}

export const openTestStore = async (kind: StoreKind, options: TestStoreOptions = {}): Promise<TestStore> => {
  const common = {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.newEventId ? { newEventId: options.newEventId } : {}),
  };
  if (kind === 'memory') {
    const store = new InMemoryEventStore(common);
    return { store, dispose: () => store.close() };
  }
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'innoledger-test-'));
    const opened = await openSqliteStore({ path: join(dir, 'ledger.db'), ...common });
    if (opened._tag === 'Left') throw new Error(opened.left.message);
    return {
      store: opened.right,
      dispose: async () => {
        await opened.right.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const server = await startThrowawayPostgres();
  const schema = freshSchemaName();
  const opened = await openPostgresStore({ connectionString: server.url, schema, ...common });
  if (opened._tag === 'Left') throw new Error(opened.left.message);
  return {
    store: opened.right,
    dispose: async () => {
      await opened.right.close();
      const admin = new Client({ connectionString: server.url });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`);
      await admin.end();
      await server.stop();
    },
  };
};
