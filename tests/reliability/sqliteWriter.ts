// One writer process on a shared SQLite file: opens the store, waits for "go", runs its plan.
import { openSqliteStore } from '@innoledger/store-sqlite';
import { runPlan } from './runPlan';

const [path = '', label = '', count = '0'] = process.argv.slice(2);
const send = (message: unknown) =>
  new Promise<void>((resolve, reject) => process.send?.(message, undefined, {}, (e) => (e ? reject(e) : resolve())));

const opened = await openSqliteStore({ path, busyTimeoutMs: 60_000 });
if (opened._tag === 'Left') throw new Error(opened.left.message);
await new Promise<void>((resolve) => {
  process.once('message', () => resolve());
  void send({ ready: true });
});
const report = await runPlan(opened.right, label, Number(count));
await opened.right.close();
await send({ report });
process.exit(0);
