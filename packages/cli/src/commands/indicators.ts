import { domainEventRegistry } from '@innoledger/core';
import { computeIndicators } from '@innoledger/indicators';
import { optional, type ParsedArgs, required } from '../args';
import { renderDashboard } from '../render/dashboard';
import { progressBar } from '../render/progressBar';
import { fail, withStore } from '../withStore';

/** `innoledger indicators`: stdout carries only the dashboard, or only the JSON array with --json. */
export const indicatorsCommand = async (args: ParsedArgs): Promise<number> => {
  const region = required(args, 'region');
  const period = required(args, 'period');
  const knownAt = optional(args, 'known-at');
  const ids = optional(args, 'ids')
    ?.split(',')
    .map((id) => id.trim());
  return withStore(required(args, 'store'), async (store) => {
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
    if (results._tag === 'Left') return fail(results.left);
    process.stdout.write(
      args.options.json
        ? `${JSON.stringify(results.right, null, 2)}\n`
        : `${renderDashboard(results.right, { region, period, knownAt: knownAt ?? new Date().toISOString() })}\n`,
    );
    return 0;
  });
};
