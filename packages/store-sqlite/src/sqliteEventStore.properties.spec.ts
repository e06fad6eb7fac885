import {
  type EventStore,
  type ExpectedVersion,
  InMemoryEventStore,
  type RecordedEvent,
  SimulatedClock,
  seededUuidV7,
} from '@innoledger/kernel';
import { arbitraryEventToAppend, arbitraryStreamId } from '@innoledger/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mustOpen } from './support/tempStore';

// The in-memory store is the reference: for any sequence of operations, the SQLite store must
// answer exactly as it does, value for value (ids, hashes, times, refusals and all).

const expected: fc.Arbitrary<ExpectedVersion> = fc.oneof(
  fc.constantFrom<ExpectedVersion>('any', 'no_stream', 'stream_exists'),
  fc.integer({ min: 0, max: 5 }),
);

const operation = (streams: readonly string[]) => {
  const stream = fc.constantFrom(...streams);
  const bound = fc.option(fc.integer({ min: -1, max: 12 }), { nil: undefined });
  return fc.oneof(
    fc.record({
      op: fc.constant('append' as const),
      streamId: stream,
      expected,
      events: fc.array(
        fc.oneof(
          { weight: 9, arbitrary: arbitraryEventToAppend() },
          { weight: 1, arbitrary: arbitraryEventToAppend().map((e) => ({ ...e, occurredAt: '2020-02-30' })) },
        ),
        { maxLength: 3 },
      ),
      commandId: fc.option(fc.constantFrom('c1', 'c2', 'c3'), { nil: undefined }),
    }),
    fc.record({ op: fc.constant('clock' as const), ms: fc.integer({ min: -3_600_000, max: 86_400_000 }) }),
    fc.record({ op: fc.constant('readStream' as const), streamId: stream, fromVersion: bound, toVersion: bound }),
    fc.record({
      op: fc.constant('readAll' as const),
      after: bound,
      toPosition: bound,
      recordedUpTo: fc.option(
        fc.integer({ min: 0, max: 4 }).map((d) => `2020-01-0${d + 1}T06:00:00.000Z`),
        { nil: undefined },
      ),
      batchSize: fc.integer({ min: 1, max: 4 }),
    }),
    fc.record({ op: fc.constant('command' as const), commandId: fc.constantFrom('c1', 'c2', 'c3') }),
  );
};

type Operation = ReturnType<typeof operation> extends fc.Arbitrary<infer O> ? O : never;

const drain = async (iterable: AsyncIterable<RecordedEvent>) => {
  const out: RecordedEvent[] = [];
  for await (const e of iterable) out.push(e);
  return out;
};

const run = async (store: EventStore, clock: SimulatedClock, op: Operation): Promise<unknown> => {
  switch (op.op) {
    case 'append':
      return store.appendToStream(
        op.streamId,
        op.expected,
        op.events,
        op.commandId === undefined ? {} : { command: { commandId: op.commandId, fingerprint: op.streamId } },
      );
    case 'clock':
      clock.advance(op.ms);
      return clock.now().toISOString();
    case 'readStream':
      return store.readStream(op.streamId, {
        ...(op.fromVersion === undefined ? {} : { fromVersion: op.fromVersion }),
        ...(op.toVersion === undefined ? {} : { toVersion: op.toVersion }),
      });
    case 'readAll':
      return drain(
        store.readAll({
          batchSize: op.batchSize,
          ...(op.after === undefined ? {} : { after: op.after }),
          ...(op.toPosition === undefined ? {} : { toPosition: op.toPosition }),
          ...(op.recordedUpTo === undefined ? {} : { recordedUpTo: op.recordedUpTo }),
        }),
      );
    case 'command':
      return store.findCommand(op.commandId);
  }
};

const pair = async (seed: number) => {
  const start = '2020-01-01T00:00:00.000Z';
  const refClock = new SimulatedClock(start);
  const sqlClock = new SimulatedClock(start);
  const reference = new InMemoryEventStore({ clock: refClock, newEventId: seededUuidV7(seed, refClock) });
  const sqlite = await mustOpen({ path: ':memory:', clock: sqlClock, newEventId: seededUuidV7(seed, sqlClock) });
  return { reference, refClock, sqlite, sqlClock };
};

describe('SqliteEventStore against the reference store', () => {
  it('answers every sequence of operations exactly as InMemoryEventStore does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .uniqueArray(arbitraryStreamId(), { minLength: 1, maxLength: 3 })
          .chain((streams) =>
            fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.array(operation(streams), { maxLength: 25 })),
          ),
        async ([seed, operations]) => {
          const { reference, refClock, sqlite, sqlClock } = await pair(seed);
          try {
            for (const op of operations) {
              const want = await run(reference, refClock, op);
              const got = await run(sqlite, sqlClock, op);
              expect({ op, result: got }).toEqual({ op, result: want });
            }
            expect(await sqlite.headPosition()).toBe(await reference.headPosition());
            expect(await drain(sqlite.readAll())).toEqual(await drain(reference.readAll()));
          } finally {
            await sqlite.close();
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('imports any history it reads back exactly as the reference store does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 2 }), fc.array(arbitraryEventToAppend(), { minLength: 1, maxLength: 3 })),
          {
            maxLength: 8,
          },
        ),
        fc.integer({ min: 0, max: 3 }),
        async (appends, dropAt) => {
          const { reference, sqlite } = await pair(3);
          try {
            for (const [stream, events] of appends) await reference.appendToStream(`s${stream}`, 'any', events);
            const history = await drain(reference.readAll());
            // Also offer a batch with one event removed, which usually opens a version gap.
            const holed = history.filter((_, i) => i !== dropAt);
            const target = new InMemoryEventStore();
            expect(await sqlite.importRecorded(holed)).toEqual(await target.importRecorded(holed));
            expect(await drain(sqlite.readAll())).toEqual(await drain(target.readAll()));
          } finally {
            await sqlite.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
