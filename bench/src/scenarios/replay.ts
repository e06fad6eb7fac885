import { isLeft } from 'fp-ts/lib/Either.js';
import type { Ledger } from '../../../packages/indicators/src/index';
import type { EventStore } from '../../../packages/kernel/src/index';
import { peakRssMb, type RunResult, timeEvents } from '../measure';
import { openInnoledger } from '../stores';
import { historyOf, raw, type Scenario, withStore } from './common';

const rebuild = async (store: EventStore, events: number): Promise<RunResult> => {
  const rssBefore = peakRssMb();
  const { loadLedger } = await import('../../../packages/indicators/src/index');
  const { domainEventRegistry } = await import('../../../packages/core/src/index');
  let ledger: Ledger | undefined;
  const result = await timeEvents(events, async () => {
    const run = await loadLedger(store, { registry: domainEventRegistry, rebuild: true });
    if (isLeft(run)) throw new Error(JSON.stringify(run.left));
    if (run.right.position !== events) throw new Error(`rebuilt to ${run.right.position}, expected ${events}`);
    ledger = run.right.view;
  });
  // Counted after the clock and the peak RSS are taken, so the summary costs neither.
  const heapUsedMb = Math.round(process.memoryUsage().heapUsed / 1e6);
  if (!ledger) throw new Error('no ledger');
  let flowBuckets = 0;
  for (const byRegion of Object.values(ledger.flows))
    for (const byDate of Object.values(byRegion)) flowBuckets += Object.keys(byDate).length;
  const extra = {
    enterprises: Object.keys(ledger.enterprises).length,
    platforms: Object.keys(ledger.platforms).length,
    proposals: Object.keys(ledger.proposals).length,
    flowBuckets,
    ledgerJsonMb: Math.round(JSON.stringify(ledger).length / 1e5) / 10,
    rssBeforeMb: rssBefore,
    heapUsedMb,
  };
  return { ...result, extra };
};

const verifyAll = async (store: EventStore, events: number): Promise<RunResult> => {
  const { verify } = await import('../../../packages/kernel/src/index');
  return timeEvents(events, async () => {
    const report = await verify(store);
    if (isLeft(report)) throw new Error(JSON.stringify(report.left));
    if (report.right.events !== events) throw new Error(`verified ${report.right.events}, expected ${events}`);
  });
};

const rebuildOn =
  (kind: 'sqlite' | 'postgres', label: string): Scenario =>
  async (ctx) => {
    const h = historyOf(ctx, label);
    const store = await openInnoledger(kind, { path: h.sqlitePath, url: h.postgresUrl });
    return { value: await withStore(store, (s) => rebuild(s, h.events)) };
  };

const verifyOn =
  (kind: 'sqlite' | 'postgres', label: string): Scenario =>
  async (ctx) => {
    const h = historyOf(ctx, label);
    const store = await openInnoledger(kind, { path: h.sqlitePath, url: h.postgresUrl });
    return { value: await withStore(store, (s) => verifyAll(s, h.events)) };
  };

/** 3. Rebuild every standard indicator from the Xianning-shaped histories; 4. verify them. */
export const replayScenarios: Record<string, Scenario> = {
  'rebuild:innoledger:sqlite-small': rebuildOn('sqlite', 'small'),
  'rebuild:innoledger:sqlite-large': rebuildOn('sqlite', 'large'),
  'rebuild:innoledger:postgres-small': rebuildOn('postgres', 'small'),
  'rebuild:innoledger:postgres-large': rebuildOn('postgres', 'large'),
  'scan:raw:history-large': async (ctx) => {
    const h = historyOf(ctx, 'large');
    return { value: await (await raw()).rawScan(h.sqlitePath, h.events) };
  },
  'verify:innoledger:sqlite-large': verifyOn('sqlite', 'large'),
  'verify:innoledger:postgres-large': verifyOn('postgres', 'large'),
};
