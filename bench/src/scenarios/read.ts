import { isLeft } from 'fp-ts/lib/Either.js';
import { openInnoledger } from '../stores';
import {
  databases,
  emmett,
  files,
  LONG_STREAM,
  LONG_STREAM_EVENTS,
  raw,
  type Scenario,
  streamsOf,
  withStore,
  workloadOf,
} from './common';
import { loadLatency, readAllEvents, readEveryStream, recordWorkload, writeLongStream } from './innoledger';

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

/** 2. Read every stream back (stores written by append run 1), the global log, aggregate loads. */
export const readScenarios: Record<string, Scenario> = {
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
};
