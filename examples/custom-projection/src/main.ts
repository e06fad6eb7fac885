import { domainEventRegistry } from '@innoledger/core';
import { runProjection } from '@innoledger/kernel';
import { openStore } from '@innoledger/stores';
import { contractAmountByMonth } from './contractAmountByMonth';

// Usage: pnpm --filter @innoledger/example-custom-projection start [STORE_URL] [KNOWN_AT]
// Run `pnpm start` at the repository root first: it builds the demo store this reads by default.
const [url = 'sqlite:./.innoledger/demo.db', knownAt] = process.argv.slice(2);

const opened = await openStore(
  url.startsWith('sqlite:./') ? `sqlite:${process.env.INIT_CWD ?? '.'}/${url.slice(9)}` : url,
);
if (opened._tag === 'Left') throw new Error(`cannot open ${url}: ${opened.left.message}`);
const store = opened.right;
const run = await runProjection({
  store,
  projection: contractAmountByMonth,
  registry: domainEventRegistry,
  ...(knownAt ? { until: { recordedAt: new Date(knownAt).toISOString() } } : {}),
});
await store.close();
if (run._tag === 'Left') throw new Error(`corrupt history: ${JSON.stringify(run.left)}`);

const yi = (fen: number) => (fen / 1e10).toFixed(2);
console.log(
  `contract amount (亿元) by county, month and type — ${run.right.applied} events to position ${run.right.position}`,
);
for (const [region, months] of Object.entries(run.right.view).sort()) {
  for (const [month, types] of Object.entries(months).sort()) {
    const cells = Object.entries(types)
      .sort()
      .map(([type, fen]) => `${type} ${yi(fen)}`);
    console.log(`${region.padEnd(10)} ${month}  ${cells.join('  ')}`);
  }
}
