import { domainEventRegistry } from '@innoledger/core';
import { computeIndicators } from '@innoledger/indicators';
import { openStore } from '@innoledger/stores';
import { optional, type ParsedArgs, required } from '../args';
import { describeError } from '../describeError';
import { renderDashboard } from '../render/dashboard';
import { progressBar } from '../render/progressBar';

/** `innoledger indicators`: stdout carries only the dashboard, or only the JSON array with --json. */
export const indicatorsCommand = async (args: ParsedArgs): Promise<number> => {
  const url = required(args, 'store');
  const region = required(args, 'region');
  const period = required(args, 'period');
  const knownAt = optional(args, 'known-at');
  const ids = optional(args, 'ids')
    ?.split(',')
    .map((id) => id.trim());
  const opened = await openStore(url);
  if (opened._tag === 'Left') {
    process.stderr.write(`${describeError(opened.left)}\n`);
    return 1;
  }
  const store = opened.right;
  try {
    const bar = progressBar('indicators', await store.headPosition());
    const results = await computeIndicators(store, {
      region,
      period,
      registry: domainEventRegistry,
      onProgress: bar.update,
      ...(knownAt !== undefined ? { knownAt } : {}),
      ...(ids !== undefined ? { ids } : {}),
    });
    bar.done();
    if (results._tag === 'Left') {
      process.stderr.write(`${describeError(results.left)}\n`);
      return 1;
    }
    process.stdout.write(
      args.options.json
        ? `${JSON.stringify(results.right, null, 2)}\n`
        : `${renderDashboard(results.right, { region, period, knownAt: knownAt ?? new Date().toISOString() })}\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
};
