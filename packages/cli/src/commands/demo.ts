import { rm } from 'node:fs/promises';
import { domainEventRegistry } from '@innoledger/core';
import { buildXianning2020, XIANNING_CLOCK_START, XIANNING_SEED } from '@innoledger/example-xianning-2020';
import { indicatorsFromLedger, loadLedger } from '@innoledger/indicators';
import { SimulatedClock, seal, seededUuidV7, verify } from '@innoledger/kernel';
import { optional, type ParsedArgs } from '../args';
import { renderDashboard } from '../render/dashboard';
import { progressBar } from '../render/progressBar';
import { fail, withStore } from '../withStore';

/** The demo's own file, rebuilt from scratch on every run. */
export const DEMO_STORE_URL = 'sqlite:./.innoledger/demo.db';
const DEMO_FILES = ['.innoledger/demo.db', '.innoledger/demo.db-wal', '.innoledger/demo.db-shm'];

/**
 * The main job: Xianning's 2020 history sent through the deciders into a store (recorded on a
 * simulated clock, with seeded ids, so every run yields the same events, hashes and seal), the
 * indicator ledger rebuilt from it, the history sealed and verified, and the city's 2020-H1
 * dashboard printed.
 */
export const demoCommand = async (args: ParsedArgs): Promise<number> => {
  const url = optional(args, 'store') ?? DEMO_STORE_URL;
  if (url === DEMO_STORE_URL) await Promise.all(DEMO_FILES.map((f) => rm(f, { force: true })));
  const clock = new SimulatedClock(XIANNING_CLOCK_START);
  // The demo's own file is rebuilt on every run, so it trades power-loss durability for speed;
  // a store the user names keeps the ledger default, synchronous=FULL.
  const options = {
    clock,
    newEventId: seededUuidV7(XIANNING_SEED, clock),
    ...(url === DEMO_STORE_URL ? { synchronous: 'NORMAL' as const } : {}),
  };
  return withStore(
    url,
    async (store) => {
      if ((await store.headPosition()) > 0) {
        process.stderr.write(`the demo builds into an empty store, and ${url} already holds events\n`);
        return 1;
      }
      const started = performance.now();
      let history: ReturnType<typeof progressBar> | undefined;
      const built = await buildXianning2020(store, clock, {
        onProgress: (done, total) => {
          history ??= progressBar('history   ', total);
          history.update(done);
        },
      });
      history?.done();
      const bar = progressBar('indicators', await store.headPosition());
      const ledger = await loadLedger(store, { registry: domainEventRegistry, rebuild: true, onProgress: bar.update });
      bar.done();
      if (ledger._tag === 'Left') return fail(ledger.left);
      const sealed = await seal(store);
      const verified = await verify(store);
      if (sealed._tag === 'Left' || verified._tag === 'Left') {
        process.stderr.write(
          `history does not verify: ${JSON.stringify(sealed._tag === 'Left' ? sealed.left : verified)}\n`,
        );
        return 1;
      }
      const results = indicatorsFromLedger(ledger.right.view, { region: 'xianning', period: '2020-H1' });
      if (results._tag === 'Left') return fail(results.left);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        [
          `咸宁市科技局 2020 · ${built.commands.toLocaleString('en-US')} commands → ${built.events.toLocaleString('en-US')} events in ${url}, built and rebuilt in ${seconds} s`,
          `sealed at position ${sealed.right.position}, digest ${sealed.right.digest}; verify: ${verified.right.events.toLocaleString('en-US')} events in ${verified.right.streams.toLocaleString('en-US')} streams, every hash chain and seal intact`,
          '',
          renderDashboard(results.right, {
            region: '咸宁市 Xianning',
            period: '2020-H1',
            knownAt: new Date().toISOString(),
          }),
          '',
        ].join('\n'),
      );
      return 0;
    },
    options,
  );
};
