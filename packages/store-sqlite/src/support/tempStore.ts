// Test support: every test gets its own database file in a fresh temporary directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RecordedEvent, SimulatedClock, seededUuidV7 } from '@innoledger/kernel';
import { isLeft } from 'fp-ts/lib/Either.js';
import { openStore, type SqliteEventStore, type SqliteStoreOptions } from '../sqliteEventStore';

export interface TempDir {
  readonly dir: string;
  /** A path inside the directory. */
  file(name?: string): string;
  remove(): void;
}

export const tempDir = (): TempDir => {
  const dir = mkdtempSync(join(tmpdir(), 'innoledger-sqlite-'));
  return {
    dir,
    file: (name = 'ledger.db') => join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
};

/** Opens a store or fails the test with the reason. */
export const mustOpen = async (
  options: SqliteStoreOptions & { readonly verbose?: (sql: unknown) => void },
): Promise<SqliteEventStore> => {
  const opened = await openStore(options);
  if (isLeft(opened)) throw new Error(`could not open ${options.path}: ${opened.left.message}`);
  return opened.right;
};

/** A simulated clock and seeded ids, so hashes in a test are reproducible. */
export const simulated = (start = '2020-03-01T01:00:00.000Z') => {
  const clock = new SimulatedClock(start);
  return { clock, newEventId: seededUuidV7(7, clock) };
};

/** A minimal valid event. */
export const event = (n: number, type = 'Counted') => ({ type, data: { n }, occurredAt: '2020-03-01' });

/** The whole history, in position order. */
export const allEvents = async (store: { readAll(): AsyncIterable<RecordedEvent> }): Promise<RecordedEvent[]> => {
  const out: RecordedEvent[] = [];
  for await (const e of store.readAll()) out.push(e);
  return out;
};
