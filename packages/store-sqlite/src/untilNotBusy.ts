import { isBusyError } from './errors';

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const pause = (ms: number): void => {
  Atomics.wait(sleeper, 0, 0, ms);
};

/**
 * Runs an opening step again, after a short pause, while it fails with SQLITE_BUSY, until
 * `timeoutMs` has passed. SQLite does not wait for a lock whose wait could deadlock: two processes
 * switching a new file to WAL at once, one holding the read lock the other needs, get SQLITE_BUSY
 * at once whatever the busy timeout. The steps are idempotent (the journal mode, migrations that
 * check the schema version under the write lock), so a retry is safe. Synchronous, as opening is.
 */
export const untilNotBusy = <T>(step: () => T, timeoutMs: number, now: () => number = Date.now): T => {
  const deadline = now() + timeoutMs;
  for (let pauseMs = 5; ; pauseMs = Math.min(pauseMs * 2, 100)) {
    try {
      return step();
    } catch (error) {
      if (!isBusyError(error) || now() >= deadline) throw error;
      pause(pauseMs);
    }
  }
};
