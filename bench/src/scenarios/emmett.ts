// Emmett's stores as they ship, driven the way their docs show: the CommandHandler (aggregate the
// stream, decide, append with the expected version), readStream, aggregateStream, and for
// PostgreSQL the global log through readMessagesBatch, the call its consumers poll.
import {
  CommandHandler,
  type EventStore as EmmettEventStore,
  getInMemoryEventStore,
  STREAM_DOES_NOT_EXIST,
} from '@event-driven-io/emmett';
import { getPostgreSQLEventStore, readMessagesBatch as readPgBatch } from '@event-driven-io/emmett-postgresql';
import { getSQLiteEventStore, sqliteConnection } from '@event-driven-io/emmett-sqlite';
import { percentile, type RunResult, round, timeEvents } from '../measure';
import type { ItemData, Workload } from '../workload';

type ItemRecorded = { type: 'ItemRecorded'; data: ItemData };
interface State {
  version: number;
  totalFen: number;
}
const evolve = (state: State, event: ItemRecorded): State => ({
  version: state.version + 1,
  totalFen: state.totalFen + event.data.amountFen,
});
const initialState = (): State => ({ version: 0, totalFen: 0 });
const handle = CommandHandler<State, ItemRecorded>({ evolve, initialState });

export interface OpenedEmmett {
  readonly store: EmmettEventStore;
  readonly close: () => Promise<void>;
  readonly settings: () => Promise<Record<string, string>>;
}

export const openEmmett = async (
  kind: 'memory' | 'sqlite' | 'postgres',
  where: { path?: string; url?: string },
): Promise<OpenedEmmett> => {
  if (kind === 'memory')
    return {
      store: getInMemoryEventStore() as unknown as EmmettEventStore,
      close: async () => {},
      settings: async () => ({}),
    };
  if (kind === 'sqlite') {
    if (where.path === undefined) throw new Error('needs a path');
    // The singleton connection, as the package's docs set it up for a file database.
    const connection = sqliteConnection({ fileName: where.path });
    // The package switches the file to WAL with a statement it does not wait for, which now and
    // then loses a race with its own schema set-up and leaves the file in rollback-journal mode at
    // half the speed (the tenth and eleventh rounds' runs show both). The same statement, awaited
    // before the store's first use, gives every run the mode the package means to have.
    await connection.command('PRAGMA journal_mode = WAL');
    const store = getSQLiteEventStore({ fileName: where.path, connectionOptions: { singleton: true, connection } });
    // Read back after use, and recorded with the figure.
    const settings = async () => {
      const journal = await connection.querySingle<{ journal_mode: string }>('PRAGMA journal_mode');
      const sync = await connection.querySingle<{ synchronous: number }>('PRAGMA synchronous');
      return {
        journalMode: String(journal?.journal_mode),
        synchronous: ['OFF', 'NORMAL', 'FULL', 'EXTRA'][sync?.synchronous ?? -1] ?? String(sync?.synchronous),
      };
    };
    return { store: store as unknown as EmmettEventStore, close: async () => connection.close(), settings };
  }
  if (where.url === undefined) throw new Error('needs a url');
  const store = getPostgreSQLEventStore(where.url);
  return { store: store as unknown as EmmettEventStore, close: async () => store.close(), settings: async () => ({}) };
};

const expectedOf = (version: number) => (version === 0 ? STREAM_DOES_NOT_EXIST : BigInt(version));

/** The same commands through Emmett's CommandHandler, each with its expected stream version. */
export const emmettAppend = async (opened: OpenedEmmett, workload: Workload): Promise<RunResult> => {
  const result = await timeEvents(workload.events, async () => {
    for (const c of workload.commands) {
      await handle(
        opened.store,
        c.streamId,
        (state) => {
          if (state.version !== c.expectedVersion) throw new Error(`${c.streamId} at ${state.version}`);
          return c.items.map((data) => ({ type: 'ItemRecorded' as const, data }));
        },
        { expectedStreamVersion: expectedOf(c.expectedVersion) },
      );
    }
  });
  const settings = await opened.settings();
  if (settings.journalMode !== undefined && settings.journalMode !== 'wal')
    throw new Error(`Emmett's SQLite store ran in ${settings.journalMode} journal mode, not WAL`);
  return Object.keys(settings).length > 0 ? { ...result, extra: settings } : result;
};

export const emmettReadEveryStream = async (
  opened: OpenedEmmett,
  streams: readonly string[],
  events: number,
): Promise<RunResult> => {
  let seen = 0;
  const result = await timeEvents(events, async () => {
    for (const streamId of streams) {
      const read = await opened.store.readStream<ItemRecorded>(streamId);
      seen += read.events.length;
    }
  });
  if (seen !== events) throw new Error(`read ${seen} events, expected ${events}`);
  return result;
};

/** Emmett PostgreSQL's global log, page after page of 1000, as fast as it will go (no polling delay). */
export const emmettPostgresReadAll = async (url: string, events: number): Promise<RunResult> => {
  const { dumbo } = await import('@event-driven-io/dumbo');
  const pool = dumbo({ connectionString: url });
  let seen = 0;
  const result = await timeEvents(events, async () => {
    let after = 0n;
    for (;;) {
      const batch = await readPgBatch(pool.execute, { after, batchSize: 1000 });
      seen += batch.messages.length;
      if (batch.messages.length === 0) break;
      after = batch.currentGlobalPosition;
    }
  });
  await pool.close();
  if (seen !== events) throw new Error(`read ${seen} events, expected ${events}`);
  return result;
};

export const emmettWriteLongStream = async (
  opened: OpenedEmmett,
  streamId: string,
  length: number,
  workload: Workload,
) => {
  const items = workload.commands.flatMap((c) => c.items);
  for (let version = 0; version < length; version += 5) {
    await opened.store.appendToStream(
      streamId,
      items.slice(version, version + 5).map((data) => ({ type: 'ItemRecorded', data })),
      { expectedStreamVersion: expectedOf(version) },
    );
  }
};

export const emmettLoadLatency = async (
  opened: OpenedEmmett,
  streamId: string,
  times: number,
  expectedVersion: number,
): Promise<RunResult> => {
  const samples: number[] = [];
  for (let i = 0; i < times + 20; i++) {
    const start = process.hrtime.bigint();
    const result = await opened.store.aggregateStream<State, ItemRecorded>(streamId, { evolve, initialState });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.state.version !== expectedVersion) throw new Error('load failed');
    if (i >= 20) samples.push(ms);
  }
  return {
    value: round(percentile(samples, 50)),
    unit: 'ms',
    peakRssMb: 0,
    extra: { p50: round(percentile(samples, 50)), p99: round(percentile(samples, 99)), samples: samples.length },
  };
};
