import { isLeft } from 'fp-ts/lib/Either.js';
import {
  commandHandler,
  EMPTY_HEAD,
  type EventStore,
  loadAggregate,
  prepareAppend,
  type RecordedEvent,
  type StreamHead,
  systemClock,
  uuidV7,
} from '../../../packages/kernel/src/index';
import { itemDecider, itemOccurredAt, itemRegistry } from '../itemDomain';
import { percentile, type RunResult, round, timeEvents } from '../measure';
import type { Workload } from '../workload';

export const handleItems = commandHandler({ decider: itemDecider, registry: itemRegistry, occurredAt: itemOccurredAt });

const SNAPSHOT = { name: 'bench.items', schemaVersion: 1, every: 100 } as const;
export const handleItemsWithSnapshots = commandHandler({
  decider: itemDecider,
  registry: itemRegistry,
  occurredAt: itemOccurredAt,
  snapshot: SNAPSHOT,
});

/** Every command through the command handler: load, decode, fold, decide, encode, hash, append. */
export const appendThroughHandler = async (store: EventStore, workload: Workload): Promise<RunResult> =>
  timeEvents(workload.events, async () => {
    for (const c of workload.commands) {
      // The expected version is given to the handler as Emmett's `handle` is given it.
      const handled = await handleItems(
        store,
        c.streamId,
        { type: 'RecordItems', data: { expectedVersion: c.expectedVersion, items: c.items } },
        { expectedVersion: c.expectedVersion },
      );
      if (isLeft(handled)) throw new Error(`command on ${c.streamId} refused: ${JSON.stringify(handled.left)}`);
    }
  });

/**
 * The workload recorded up front, as another store (or an audit bundle) would hand it over:
 * ids, times and hash chains made by the kernel's own prepareAppend, one command at a time.
 */
export const recordWorkload = (workload: Workload): RecordedEvent[] => {
  const heads = new Map<string, StreamHead>();
  const out: RecordedEvent[] = [];
  let lastRecordedAt: string | undefined;
  for (const c of workload.commands) {
    const head = heads.get(c.streamId) ?? EMPTY_HEAD;
    const prepared = prepareAppend(
      c.streamId,
      c.items.map((data) => ({ type: 'ItemRecorded', data, occurredAt: data.on })),
      { head, nextGlobalPosition: out.length + 1, lastRecordedAt, clock: systemClock, newEventId: uuidV7 },
    );
    if (isLeft(prepared)) throw new Error(JSON.stringify(prepared.left));
    const recorded = prepared.right.events;
    out.push(...recorded);
    const last = recorded[recorded.length - 1];
    if (last) {
      heads.set(c.streamId, { version: last.streamVersion, hash: last.hash });
      lastRecordedAt = last.recordedAt;
    }
  }
  return out;
};

/** Cuts a recorded history into batches of whole commands of about `size` events. */
export const batchesOf = (events: readonly RecordedEvent[], size: number): RecordedEvent[][] => {
  const batches: RecordedEvent[][] = [];
  for (let i = 0; i < events.length; i += size) batches.push(events.slice(i, i + size));
  return batches;
};

/** The bulk path: `importRecorded` of pre-recorded batches, one transaction per batch. */
export const bulkImport = async (
  store: EventStore,
  events: readonly RecordedEvent[],
  batch: number,
): Promise<RunResult> => {
  const batches = batchesOf(events, batch);
  return timeEvents(
    events.length,
    async () => {
      for (const b of batches) {
        const imported = await store.importRecorded(b);
        if (isLeft(imported)) throw new Error(JSON.stringify(imported.left));
      }
    },
    { batchEvents: batch, transactions: batches.length },
  );
};

/** Reads every stream back, decoding each event through the registry as a loader would. */
export const readEveryStream = async (
  store: EventStore,
  streams: readonly string[],
  events: number,
): Promise<RunResult> => {
  let seen = 0;
  const result = await timeEvents(events, async () => {
    for (const streamId of streams) {
      const read = await store.readStream(streamId);
      if (isLeft(read)) throw new Error(JSON.stringify(read.left));
      for (const e of read.right) {
        const decoded = itemRegistry.decode(e);
        if (isLeft(decoded)) throw new Error(JSON.stringify(decoded.left));
        seen++;
      }
    }
  });
  if (seen !== events) throw new Error(`read ${seen} events, expected ${events}`);
  return result;
};

/** The global log in order, as a projection reads it. */
export const readAllEvents = async (store: EventStore, events: number): Promise<RunResult> => {
  let seen = 0;
  const result = await timeEvents(events, async () => {
    for await (const e of store.readAll({ batchSize: 1000 })) {
      if (e.globalPosition < 0) throw new Error('impossible');
      seen++;
    }
  });
  if (seen !== events) throw new Error(`read ${seen} events, expected ${events}`);
  return result;
};

/** Appends one stream of `length` events through the handler, with snapshots every 100 events. */
export const writeLongStream = async (store: EventStore, streamId: string, length: number, workload: Workload) => {
  const items = workload.commands.flatMap((c) => c.items);
  for (let version = 0; version < length; version += 5) {
    const handled = await handleItemsWithSnapshots(store, streamId, {
      type: 'RecordItems',
      data: { expectedVersion: version, items: items.slice(version, version + 5) },
    });
    if (isLeft(handled)) throw new Error(JSON.stringify(handled.left));
  }
};

/** Latency of loading one long stream's state, with or without its snapshot: p50 and p99 over `times`. */
export const loadLatency = async (
  store: EventStore,
  streamId: string,
  withSnapshot: boolean,
  times: number,
  expectedVersion: number,
): Promise<RunResult> => {
  const samples: number[] = [];
  for (let i = 0; i < times + 20; i++) {
    const start = process.hrtime.bigint();
    const loaded = await loadAggregate(store, streamId, itemDecider, itemRegistry, withSnapshot ? SNAPSHOT : undefined);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (isLeft(loaded) || loaded.right.version !== expectedVersion) throw new Error('load failed');
    if (withSnapshot && loaded.right.snapshotVersion === undefined) throw new Error('snapshot not used');
    if (i >= 20) samples.push(ms);
  }
  return {
    value: round(percentile(samples, 50)),
    unit: 'ms',
    peakRssMb: 0,
    extra: { p50: round(percentile(samples, 50)), p99: round(percentile(samples, 99)), samples: samples.length },
  };
};
