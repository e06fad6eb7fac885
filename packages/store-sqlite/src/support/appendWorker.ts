// A writer in its own process, for the concurrency tests: several processes on one file is the
// case SQLite's locking has to get right, and one process cannot produce it (better-sqlite3 is
// synchronous, so two connections in one thread never overlap).
//
// argv: <path> <mode> <streamIds comma-separated> <count> <label>
//   race:     wait for "go", then append one event to the first stream expecting version <count>
//   commands: wait for "go", then run <count> commands round-robin over the streams, each one
//             read → append at the version read, retried on conflict
import type { ExpectedVersion } from '@innoledger/kernel';
import { isLeft } from 'fp-ts/lib/Either.js';
import { openSqliteStore } from '../index';

const [path = '', mode = '', streams = '', countText = '0', label = ''] = process.argv.slice(2);
const streamIds = streams.split(',');
const count = Number(countText);
// Resolves once the message is handed to the channel, so exiting afterwards cannot drop it.
const send = (message: unknown) =>
  new Promise<void>((resolve, reject) => {
    if (!process.send) return reject(new Error('appendWorker must run as a forked child process'));
    process.send(message, undefined, {}, (error) => (error ? reject(error) : resolve()));
  });
const event = (n: number) => ({ type: 'Written', data: { by: label, n }, occurredAt: '2020-03-01' });

const main = async () => {
  const opened = await openSqliteStore({ path, busyTimeoutMs: 30_000 });
  if (isLeft(opened)) throw new Error(opened.left.message);
  const store = opened.right;
  await new Promise<void>((resolve) => {
    process.once('message', () => resolve());
    void send({ ready: true });
  });
  if (mode === 'race') {
    const result = await store.appendToStream(streamIds[0] ?? '', count as ExpectedVersion, [event(0)]);
    await send({ result });
  } else {
    let applied = 0;
    let conflicts = 0;
    for (let i = 0; i < count; i++) {
      const streamId = streamIds[i % streamIds.length] ?? '';
      const commandId = `${label}-${i}`;
      for (;;) {
        const read = await store.readStream(streamId);
        if (isLeft(read)) throw new Error(JSON.stringify(read.left));
        const appended = await store.appendToStream(streamId, read.right.length, [event(i)], {
          command: { commandId, fingerprint: commandId },
        });
        if (!isLeft(appended)) break;
        if (appended.left._tag !== 'ConcurrencyConflict') throw new Error(JSON.stringify(appended.left));
        conflicts++;
      }
      applied++;
    }
    await send({ applied, conflicts });
  }
  await store.close();
};

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    await send({ error: String(error) }).catch(() => undefined);
    process.exit(1);
  },
);
