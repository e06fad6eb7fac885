// Test support: starts appendWorker processes on one file and releases them together.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('./appendWorker.ts', import.meta.url));

interface Writer {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly done: Promise<unknown>;
}

const start = (args: readonly string[]): Writer => {
  const child = fork(WORKER, args, {
    // The workspace resolves packages to their TypeScript source, which tsx compiles on the fly.
    execArgv: ['--conditions=@innoledger/source', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let onReady: () => void = () => undefined;
  let notReady: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    onReady = resolve;
    notReady = reject;
  });
  const done = new Promise<unknown>((resolve, reject) => {
    let last: unknown;
    child.on('message', (message) => {
      if (typeof message === 'object' && message !== null && 'ready' in message) onReady();
      else last = message;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      notReady(new Error(`writer ${args.join(' ')} exited before it was ready: ${JSON.stringify(last)}`));
      if (code === 0) resolve(last);
      else reject(new Error(`writer ${args.join(' ')} exited with ${code}: ${JSON.stringify(last)}`));
    });
  });
  return { child, ready, done };
};

/**
 * Runs one writer process per argument list: all open the store, then all are told to go at
 * once. Resolves with what each reported, in order.
 */
export const runWriters = async (argLists: readonly (readonly string[])[]): Promise<unknown[]> => {
  const writers = argLists.map(start);
  await Promise.all(writers.map((w) => w.ready));
  for (const w of writers) w.child.send('go');
  return Promise.all(writers.map((w) => w.done));
};
