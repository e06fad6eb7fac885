import { eventStoreContract } from '@innoledger/testing';
import { isLeft } from 'fp-ts/lib/Either.js';
import { afterAll } from 'vitest';
import { openSqliteStore } from './index';
import { tempDir } from './support/tempStore';

// Every store gets its own file, in one temporary directory removed when the suite ends.
const tmp = tempDir();
let files = 0;
afterAll(() => tmp.remove());

eventStoreContract('sqlite', async ({ clock, newEventId }) => {
  const opened = await openSqliteStore({ path: tmp.file(`store-${++files}.db`), clock, newEventId });
  if (isLeft(opened)) throw new Error(opened.left.message);
  return opened.right;
});

// The same suite with verify's hashing on worker threads from the first event, so every check that
// verifies (tampering included) runs the threaded path too.
eventStoreContract('sqlite, verify hashing on threads', async ({ clock, newEventId }) => {
  const opened = await openSqliteStore({
    path: tmp.file(`store-${++files}.db`),
    clock,
    newEventId,
    verifyThreads: { threads: 2, fromEvents: 0 },
  });
  if (isLeft(opened)) throw new Error(opened.left.message);
  return opened.right;
});
