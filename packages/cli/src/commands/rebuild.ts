import { domainEventRegistry } from '@innoledger/core';
import { loadLedger } from '@innoledger/indicators';
import { openStore } from '@innoledger/stores';
import { type ParsedArgs, required } from '../args';
import { describeError } from '../describeError';
import { progressBar } from '../render/progressBar';

/** `innoledger rebuild`: replays the whole history into a fresh indicator ledger and saves it. */
export const rebuildCommand = async (args: ParsedArgs): Promise<number> => {
  const url = required(args, 'store');
  const opened = await openStore(url);
  if (opened._tag === 'Left') {
    process.stderr.write(`${describeError(opened.left)}\n`);
    return 1;
  }
  const store = opened.right;
  try {
    const started = performance.now();
    const bar = progressBar('rebuild', await store.headPosition());
    const run = await loadLedger(store, { registry: domainEventRegistry, rebuild: true, onProgress: bar.update });
    bar.done();
    if (run._tag === 'Left') {
      process.stderr.write(`${describeError(run.left)}\n`);
      return 1;
    }
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(
      `rebuilt the indicator ledger from ${run.right.applied} events up to position ${run.right.position} in ${seconds.toFixed(2)} s\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
};
