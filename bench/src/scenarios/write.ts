import { openInnoledger, type Synchronous } from '../stores';
import { databases, emmett, files, IMPORT_BATCH, raw, type Scenario, withStore, workloadOf } from './common';
import { appendThroughHandler, bulkImport, recordWorkload } from './innoledger';

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
  (sync: Synchronous, walThread = false): Scenario =>
  async (ctx) => {
    const w = workloadOf(ctx);
    const events = recordWorkload(w);
    return {
      value: await (await raw()).rawAppendPerCommand(
        ctx.freshFile(files.raw(`${sync.toLowerCase()}${walThread ? '-wal-thread' : ''}`, ctx.job.run)),
        sync,
        w,
        events,
        walThread,
      ),
    };
  };

/** 1. Append through the command handler, one transaction per command, and the bulk path. */
export const writeScenarios: Record<string, Scenario> = {
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
  'append:raw:sqlite-normal-wal-thread': rawAppend('NORMAL', true),
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
};
