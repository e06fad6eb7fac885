import { domainEventRegistry } from '@innoledger/core';
import { loadLedger } from '@innoledger/indicators';
import { type ParsedArgs, required } from '../args';
import { progressBar } from '../render/progressBar';
import { fail, withStore } from '../withStore';

/** `innoledger rebuild`: replays the whole history into a fresh indicator ledger and saves it. */
export const rebuildCommand = async (args: ParsedArgs): Promise<number> =>
  withStore(required(args, 'store'), async (store) => {
    const started = performance.now();
    const bar = progressBar('rebuild', await store.headPosition());
    const run = await loadLedger(store, { registry: domainEventRegistry, rebuild: true, onProgress: bar.update });
    bar.done();
    if (run._tag === 'Left') return fail(run.left);
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(
      `rebuilt the indicator ledger from ${run.right.applied} events up to position ${run.right.position} in ${seconds.toFixed(2)} s\n`,
    );
    return 0;
  });
