import { isLeft } from 'fp-ts/lib/Either.js';
import type { EventStore } from '../../../packages/kernel/src/index';
import type { HistoryLocation, ScenarioContext } from '../jobs';
import { peakRssMb, type RunResult, timeEvents } from '../measure';
import { openInnoledger, type Synchronous } from '../stores';
import { generateWorkload, streamIdOf, type Workload } from '../workload';
import {
  appendThroughHandler,
  bulkImport,
  loadLatency,
  readAllEvents,
  readEveryStream,
  recordWorkload,
  writeLongStream,
} from './innoledger';

// Each child loads only what its scenario needs: Emmett, the raw drivers, the domain and the
// indicators are imported on demand, which keeps a child's start-up short.
const emmett = () => import('./emmett');
const raw = () => import('./raw');

export type Scenario = (ctx: ScenarioContext) => Promise<Record<string, RunResult>>;

const IMPORT_BATCH = 10_000;
const LONG_STREAM = 'bench-long-stream';
const LONG_STREAM_EVENTS = 1_000;

const workloadOf = (ctx: ScenarioContext): Workload => generateWorkload(ctx.job.size);
const streamsOf = (w: Workload): string[] => Array.from({ length: w.streams }, (_, i) => streamIdOf(i));

// Stores written by the first append run are read back by the read scenarios.
const files = {
  innoledger: (sync: Synchronous, run: number) => `innoledger-${sync.toLowerCase()}-${run}.db`,
  emmett: (run: number) => `emmett-${run}.db`,
  raw: (kind: string, run: number) => `raw-${kind}-${run}.db`,
};
const databases = {
  innoledger: (run: number) => `innoledger_append_${run}`,
  emmett: (run: number) => `emmett_append_${run}`,
};

const withStore = async <T>(store: EventStore, work: (s: EventStore) => Promise<T>): Promise<T> => {
  try {
    return await work(store);
  } finally {
    await store.close();
  }
};

const historyOf = (ctx: ScenarioContext, label: string): HistoryLocation => {
  const h = ctx.job.histories.find((x) => x.label === label);
  if (!h) throw new Error(`no history ${label}`);
  return h;
};

const rebuild = async (store: EventStore, events: number): Promise<RunResult> => {
  const rssBefore = peakRssMb();
  const { loadLedger } = await import('../../../packages/indicators/src/index');
  const { domainEventRegistry } = await import('../../../packages/core/src/index');
  let summary: Record<string, number> = {};
  const result = await timeEvents(events, async () => {
    const run = await loadLedger(store, { registry: domainEventRegistry, rebuild: true });
    if (isLeft(run)) throw new Error(JSON.stringify(run.left));
    if (run.right.position !== events) throw new Error(`rebuilt to ${run.right.position}, expected ${events}`);
    const ledger = run.right.view;
    let buckets = 0;
    for (const byRegion of Object.values(ledger.flows))
      for (const byDate of Object.values(byRegion)) buckets += Object.keys(byDate).length;
    summary = {
      enterprises: Object.keys(ledger.enterprises).length,
      platforms: Object.keys(ledger.platforms).length,
      proposals: Object.keys(ledger.proposals).length,
      flowBuckets: buckets,
      ledgerJsonMb: Math.round(JSON.stringify(ledger).length / 1e5) / 10,
    };
  });
  return {
    ...result,
    extra: { ...summary, rssBeforeMb: rssBefore, heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1e6) },
  };
};

const verifyAll = async (store: EventStore, events: number): Promise<RunResult> => {
  const { verify } = await import('../../../packages/kernel/src/index');
  return timeEvents(events, async () => {
    const report = await verify(store);
    if (isLeft(report)) throw new Error(JSON.stringify(report.left));
    if (report.right.events !== events) throw new Error(`verified ${report.right.events}, expected ${events}`);
  });
};

const sqliteAppend =
  (sync: Synchronous): Scenario =>
  async (ctx) => {
    const w = workloadOf(ctx);
    const path = ctx.freshFile(files.innoledger(sync, ctx.job.run));
    return {
      value: await withStore(await openInnoledger('sqlite', { path, synchronous: sync }), (s) =>
        appendThroughHandler(s, w),
      ),
    };
  };

const rawAppend =
  (sync: Synchronous): Scenario =>
  async (ctx) => {
    const w = workloadOf(ctx);
    const events = recordWorkload(w);
    return {
      value: await (await raw()).rawAppendPerCommand(
        ctx.freshFile(files.raw(sync.toLowerCase(), ctx.job.run)),
        sync,
        w,
        events,
      ),
    };
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

const innoledgerLoad =
  (kind: 'memory' | 'sqlite' | 'postgres'): Scenario =>
  async (ctx) => {
    const w = workloadOf(ctx);
    const store = await openInnoledger(
      kind,
      kind === 'postgres'
        ? { url: await ctx.freshDatabase(`load_${ctx.job.run}`) }
        : { path: ctx.freshFile(`load-${ctx.job.run}.db`), synchronous: 'NORMAL' },
    );
    return withStore(store, async (s) => {
      await writeLongStream(s, LONG_STREAM, LONG_STREAM_EVENTS, w);
      return {
        withoutSnapshot: await loadLatency(s, LONG_STREAM, false, ctx.job.samples, LONG_STREAM_EVENTS),
        withSnapshot: await loadLatency(s, LONG_STREAM, true, ctx.job.samples, LONG_STREAM_EVENTS),
      };
    });
  };

export const scenarios: Record<string, Scenario> = {
  // 1. Append through the command handler, one transaction per command.
  'append:innoledger:memory': async (ctx) => ({
    value: await withStore(await openInnoledger('memory'), (s) => appendThroughHandler(s, workloadOf(ctx))),
  }),
  'append:innoledger:sqlite-full': sqliteAppend('FULL'),
  'append:innoledger:sqlite-normal': sqliteAppend('NORMAL'),
  'append:innoledger:postgres': async (ctx) => {
    const url = await ctx.freshDatabase(databases.innoledger(ctx.job.run));
    return {
      value: await withStore(await openInnoledger('postgres', { url }), (s) =>
        appendThroughHandler(s, workloadOf(ctx)),
      ),
    };
  },
  'append:emmett:memory': async (ctx) => ({
    value: await (await emmett()).emmettAppend(await (await emmett()).openEmmett('memory', {}), workloadOf(ctx)),
  }),
  'append:emmett:sqlite': async (ctx) => {
    const opened = await (await emmett()).openEmmett('sqlite', { path: ctx.freshFile(files.emmett(ctx.job.run)) });
    const value = await (await emmett()).emmettAppend(opened, workloadOf(ctx));
    await opened.close();
    return { value };
  },
  'append:emmett:postgres': async (ctx) => {
    const opened = await (await emmett()).openEmmett('postgres', {
      url: await ctx.freshDatabase(databases.emmett(ctx.job.run)),
    });
    const value = await (await emmett()).emmettAppend(opened, workloadOf(ctx));
    await opened.close();
    return { value };
  },
  'append:raw:sqlite-full': rawAppend('FULL'),
  'append:raw:sqlite-normal': rawAppend('NORMAL'),
  'append:raw:sqlite-one-transaction': async (ctx) => ({
    value: await (await raw()).rawAppendOneTransaction(
      ctx.freshFile(files.raw('one', ctx.job.run)),
      recordWorkload(workloadOf(ctx)),
    ),
  }),
  // Bulk import: many commands per transaction.
  'import:innoledger:sqlite': async (ctx) => {
    const events = recordWorkload(workloadOf(ctx));
    const store = await openInnoledger('sqlite', {
      path: ctx.freshFile(`import-${ctx.job.run}.db`),
      synchronous: 'FULL',
    });
    return { value: await withStore(store, (s) => bulkImport(s, events, IMPORT_BATCH)) };
  },
  'import:innoledger:postgres': async (ctx) => {
    const events = recordWorkload(workloadOf(ctx));
    const store = await openInnoledger('postgres', { url: await ctx.freshDatabase(`import_${ctx.job.run}`) });
    return { value: await withStore(store, (s) => bulkImport(s, events, IMPORT_BATCH)) };
  },
  'import:raw:postgres': async (ctx) => ({
    value: await (await raw()).rawPostgresImport(
      await ctx.freshDatabase(`raw_import_${ctx.job.run}`),
      recordWorkload(workloadOf(ctx)),
    ),
  }),
  // 2. Read every stream back (stores written by append run 1).
  'read:innoledger:memory': async (ctx) => {
    const w = workloadOf(ctx);
    const store = await openInnoledger('memory');
    const imported = await store.importRecorded(recordWorkload(w));
    if (isLeft(imported)) throw new Error('import failed');
    return { value: await readEveryStream(store, streamsOf(w), w.events) };
  },
  'read:innoledger:sqlite': async (ctx) => {
    const w = workloadOf(ctx);
    const store = await openInnoledger('sqlite', {
      path: ctx.file(files.innoledger('NORMAL', 1)),
      synchronous: 'NORMAL',
    });
    return { value: await withStore(store, (s) => readEveryStream(s, streamsOf(w), w.events)) };
  },
  'read:innoledger:postgres': async (ctx) => {
    const w = workloadOf(ctx);
    const store = await openInnoledger('postgres', { url: ctx.databaseUrl(databases.innoledger(1)) });
    return { value: await withStore(store, (s) => readEveryStream(s, streamsOf(w), w.events)) };
  },
  'read:emmett:memory': async (ctx) => {
    const w = workloadOf(ctx);
    const opened = await (await emmett()).openEmmett('memory', {});
    await (await emmett()).emmettAppend(opened, w);
    return { value: await (await emmett()).emmettReadEveryStream(opened, streamsOf(w), w.events) };
  },
  'read:emmett:sqlite': async (ctx) => {
    const w = workloadOf(ctx);
    const opened = await (await emmett()).openEmmett('sqlite', { path: ctx.file(files.emmett(1)) });
    const value = await (await emmett()).emmettReadEveryStream(opened, streamsOf(w), w.events);
    await opened.close();
    return { value };
  },
  'read:emmett:postgres': async (ctx) => {
    const w = workloadOf(ctx);
    const opened = await (await emmett()).openEmmett('postgres', { url: ctx.databaseUrl(databases.emmett(1)) });
    const value = await (await emmett()).emmettReadEveryStream(opened, streamsOf(w), w.events);
    await opened.close();
    return { value };
  },
  'read:raw:sqlite-streams': async (ctx) => {
    const w = workloadOf(ctx);
    return { value: await (await raw()).rawReadStreams(ctx.file(files.raw('one', 1)), streamsOf(w), w.events) };
  },
  'read:raw:sqlite-scan': async (ctx) => ({
    value: await (await raw()).rawScan(ctx.file(files.raw('one', 1)), workloadOf(ctx).events),
  }),
  'readall:innoledger:sqlite': async (ctx) => {
    const store = await openInnoledger('sqlite', {
      path: ctx.file(files.innoledger('NORMAL', 1)),
      synchronous: 'NORMAL',
    });
    return { value: await withStore(store, (s) => readAllEvents(s, ctx.job.size.events)) };
  },
  'readall:innoledger:postgres': async (ctx) => {
    const store = await openInnoledger('postgres', { url: ctx.databaseUrl(databases.innoledger(1)) });
    return { value: await withStore(store, (s) => readAllEvents(s, ctx.job.size.events)) };
  },
  'readall:emmett:postgres': async (ctx) => ({
    value: await (await emmett()).emmettPostgresReadAll(ctx.databaseUrl(databases.emmett(1)), ctx.job.size.events),
  }),
  // Aggregate load of one 1,000-event stream.
  'load:innoledger:memory': innoledgerLoad('memory'),
  'load:innoledger:sqlite': innoledgerLoad('sqlite'),
  'load:innoledger:postgres': innoledgerLoad('postgres'),
  'load:emmett:sqlite': async (ctx) => {
    const opened = await (await emmett()).openEmmett('sqlite', {
      path: ctx.freshFile(`emmett-load-${ctx.job.run}.db`),
    });
    await (await emmett()).emmettWriteLongStream(opened, LONG_STREAM, LONG_STREAM_EVENTS, workloadOf(ctx));
    const value = await (await emmett()).emmettLoadLatency(opened, LONG_STREAM, ctx.job.samples, LONG_STREAM_EVENTS);
    await opened.close();
    return { value };
  },
  // 3. Rebuild every standard indicator from the Xianning-shaped histories; 4. verify them.
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
