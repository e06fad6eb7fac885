import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

// SQLite's automatic checkpoint runs inside the commit that crosses its threshold (1,000 pages):
// that commit copies the WAL's pages into the database file and syncs both, which cost raw
// better-sqlite3 15–25 µs of every 53–66 µs command at NORMAL on the benchmark's workload. A thread
// of its own with its own connection runs PASSIVE checkpoints, which never block the writer, while
// the writer goes on. It cannot finish the job alone: under a steady stream of commits the WAL
// never becomes fully copied at a moment the writer begins, and only then does SQLite start the
// WAL over. So the writer keeps its automatic checkpoint, at a higher threshold: by the time it
// fires, all but the last few hundred pages are copied already.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('synchronous = ' + workerData.synchronous);
parentPort.on('message', () => db.pragma('wal_checkpoint(PASSIVE)'));
`;

/** Events written between two requests to the thread: about 800 WAL pages of the benchmark's events. */
export const EVENTS_PER_CHECKPOINT = 512;
/** The writer's own threshold while the thread runs (docs/performance.md, the tenth round, has the probes). */
export const WRITER_THRESHOLD_PAGES = 4000;

/** See {@link walCheckpointer}. */
export interface WalCheckpointer {
  /** After a commit through the writer's connection that wrote `events` events. */
  written(events: number): void;
  /** Whether the thread is running: it starts on the first request and stops at `close` or on failure. */
  readonly running: boolean;
  /** Ends the thread, which closes its connection; the writer's threshold is left as it is. */
  close(): Promise<void>;
}

/**
 * Checkpoints the writer's WAL on a worker thread, started once `EVENTS_PER_CHECKPOINT` events
 * have been written, so a store that only reads never starts one. A thread that fails (the file
 * cannot be opened, a checkpoint throws) is not restarted: the writer's automatic checkpoint goes
 * back to the threshold it had, and checkpoints as it did before.
 */
export const walCheckpointer = (
  db: Database.Database,
  options: { readonly path: string; readonly synchronous: 'FULL' | 'NORMAL' },
): WalCheckpointer => {
  const ownThreshold = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  let worker: Worker | undefined;
  let exited: Promise<void> = Promise.resolve();
  let failed = false;
  let closing = false;
  let unsignalled = 0;

  const start = (): Worker => {
    const started = new Worker(workerSource, {
      eval: true,
      // Not the process's flags: --input-type=module would make the source above an ES module.
      execArgv: [],
      workerData: {
        driver: createRequire(import.meta.url).resolve('better-sqlite3'),
        path: options.path,
        synchronous: options.synchronous,
      },
    });
    // An idle thread must not keep the process alive; a checkpoint cut short is one SQLite
    // recovers from, like a crash.
    started.unref();
    started.on('error', () => undefined);
    exited = new Promise((resolve) =>
      started.once('exit', () => {
        worker = undefined;
        if (!closing) {
          failed = true;
          if (db.open) db.pragma(`wal_autocheckpoint = ${ownThreshold}`);
        }
        resolve();
      }),
    );
    db.pragma(`wal_autocheckpoint = ${WRITER_THRESHOLD_PAGES}`);
    return started;
  };

  return {
    written: (events) => {
      unsignalled += events;
      if (unsignalled < EVENTS_PER_CHECKPOINT || failed || closing) return;
      unsignalled = 0;
      // Called after a commit: nothing here may throw into the append that succeeded.
      try {
        worker ??= start();
        worker.postMessage('checkpoint');
      } catch {
        failed = true;
      }
    },
    get running() {
      return worker !== undefined;
    },
    close: async () => {
      closing = true;
      // better-sqlite3 closes a thread's connections as the thread ends, after the call in progress.
      await worker?.terminate();
      await exited;
    },
  };
};
