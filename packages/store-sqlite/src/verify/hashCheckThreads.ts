import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { HASH_INPUT } from './hashInput';

/** How `verify` may spread hash checking over threads; see `SqliteStoreOptions.verifyThreads`. */
export interface VerifyThreads {
  readonly threads: number;
  readonly fromEvents: number;
  /** Positions per range handed to a thread: large enough that messages cost nothing. */
  readonly rangeSize: number;
}

// Each thread opens the file read-only and, for every range of positions it is sent, hashes the
// text SQLite rebuilds (SHA-256 of prevHash + canonical text, the kernel's hashCanonicalText) and
// answers with the positions whose text is missing or does not hash to the stored hash. Evaluated
// source rather than a file: it runs the same from the built package and from TypeScript source.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { hash } = require('node:crypto');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
const rows = db
  .prepare(${JSON.stringify(`SELECT global_position, hash, ${HASH_INPUT} FROM events WHERE global_position > ? AND global_position <= ?`)})
  .raw(true);
parentPort.on('message', ({ after, to }) => {
  const mismatches = [];
  for (const [position, stored, text] of rows.iterate(after, to))
    if (typeof text !== 'string' || hash('sha256', text, 'hex') !== stored) mismatches.push(position);
  parentPort.postMessage({ after, mismatches });
});
`;

/** Positions whose stored text does not hash to the stored hash, per range; see {@link startHashCheck}. */
export interface HashCheck {
  /**
   * The mismatches in the range starting after `after` (one of the ranges asked for), or
   * undefined when no thread could check it (the caller checks that range itself).
   */
  mismatchesAfter(after: number): Promise<ReadonlySet<number> | undefined>;
  close(): Promise<void>;
}

/**
 * Starts `threads` worker threads on the file and hands them the ranges `(after, after + size]`
 * up to `end`, a range to each idle thread, so a busy core slows only its own share.
 */
export const startHashCheck = (
  path: string,
  threads: number,
  ranges: { readonly after: number; readonly end: number; readonly size: number },
): HashCheck => {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const starts: number[] = [];
  for (let after = ranges.after; after < ranges.end; after += ranges.size) starts.push(after);
  const settled = new Map<number, ReadonlySet<number> | undefined>();
  const waiting = new Map<number, (result: ReadonlySet<number> | undefined) => void>();
  const settle = (after: number, result: ReadonlySet<number> | undefined) => {
    const waiter = waiting.get(after);
    if (waiter === undefined) settled.set(after, result);
    else {
      waiting.delete(after);
      waiter(result);
    }
  };
  let next = 0;
  let live = threads;
  const workers = Array.from({ length: threads }, () => {
    // Not the process's flags: --input-type=module would make the source above an ES module.
    const worker = new Worker(workerSource, { eval: true, execArgv: [], workerData: { driver, path } });
    let assigned: number[] = [];
    const assign = () => {
      const after = starts[next++];
      if (after === undefined) return;
      assigned.push(after);
      worker.postMessage({ after, to: Math.min(ranges.end, after + ranges.size) });
    };
    worker.on('message', ({ after, mismatches }: { after: number; mismatches: number[] }) => {
      assigned = assigned.filter((a) => a !== after);
      settle(after, new Set(mismatches));
      assign();
    });
    // A thread that cannot open the file (or dies) leaves its ranges to the caller, and the last
    // one to go leaves the caller every range not handed out yet.
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      for (const after of assigned) settle(after, undefined);
      assigned = [];
      if (--live > 0) return;
      for (; next < starts.length; next++) settle(starts[next] as number, undefined);
    });
    // Two ranges queued per thread: one to work on, one ready when it finishes.
    assign();
    assign();
    return worker;
  });
  return {
    mismatchesAfter: (after) => {
      // Each range is asked for once: its answer is handed over and forgotten.
      if (settled.has(after)) {
        const result = settled.get(after);
        settled.delete(after);
        return Promise.resolve(result);
      }
      return new Promise((resolve) => waiting.set(after, resolve));
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
};
