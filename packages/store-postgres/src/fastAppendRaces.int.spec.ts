// What a store instance remembers goes stale when someone else writes: another instance on the
// same schema, or a transaction that commits while append_events waits for the log lock. The
// function must see the latest commits after taking the lock and then refuse to write on a stale
// assumption; the adapter falls back to the transaction, which always gets it right.
import { type RecordedEvent, SimulatedClock, seededUuidV7, verify } from '@innoledger/kernel';
import { isRight } from 'fp-ts/lib/Either.js';
import type { Client } from 'pg';
import { describe, expect, it } from 'vitest';
import { appendInTransaction } from './append';
import type { PostgresEventStore } from './postgresEventStore';
import { event, simulated, useTestServer } from './support/testServer';
import { tablesFor } from './tables';

const server = useTestServer();

/** BEGIN, take the log lock, read the heads and command, write, COMMIT. */
const TRANSACTION = 5;

const all = async (store: PostgresEventStore): Promise<RecordedEvent[]> => {
  const out: RecordedEvent[] = [];
  for await (const e of store.readAll()) out.push(e);
  return out;
};

/** The statement some backend is waiting on for a lock, once there is one. */
const queryWaitingForALock = async (observer: Client): Promise<string> => {
  for (;;) {
    const waiting = await observer.query<{ query: string }>(
      "SELECT query FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()",
    );
    const query = waiting.rows[0]?.query;
    if (query !== undefined) return query;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

/** Another writer's append on `holder`, inside a transaction left open until the test commits it. */
const holdAppendOpen = async (holder: Client, schema: string, streamId: string, commandId?: string) => {
  // The stores' own simulated start: the held append's recordedAt alone makes nothing stale.
  const clock = new SimulatedClock('2020-03-01T01:00:00.000Z');
  await holder.query('BEGIN');
  const held = await appendInTransaction(
    holder,
    { tables: tablesFor(schema), clock, newEventId: seededUuidV7(99, clock) },
    streamId,
    'any',
    [event(100)],
    commandId === undefined ? {} : { command: { commandId, fingerprint: 'held' } },
  );
  if (!isRight(held)) throw new Error(`held append refused: ${JSON.stringify(held.left)}`);
  return held.right;
};

describe('a stale head', () => {
  it('append_events waits for the log lock, then sees the commit it waited for and does not write on it', async () => {
    const { store, counted } = await server.openCounting(simulated());
    await store.appendToStream('s', 'no_stream', [event(1)]);
    const holder = await server.client();
    const observer = await server.client();
    const held = await holdAppendOpen(holder, store.schema, 's');

    const waiting = counted((st) => st.appendToStream('s', 'any', [event(2)]));
    // The one statement is what waits: it takes the log lock before reading anything.
    expect(await queryWaitingForALock(observer)).toContain('append_events');
    await holder.query('COMMIT');

    const { value, statements } = await waiting;
    // Reading the stream head with the statement's first snapshot would have chained version 2
    // to version 1 a second time (and tripped the unique key: a conflict on 'any'); a fresh
    // snapshot after the lock sees version 2 and says 'stale'.
    expect(statements).toBe(1 + TRANSACTION);
    expect(value).toMatchObject({ _tag: 'Right', right: { nextExpectedVersion: 3, lastGlobalPosition: 3 } });
    expect(isRight(value) && value.right.events[0]?.prevHash).toBe(held.events[0]?.hash);
    expect(await verify(store)).toMatchObject({ _tag: 'Right', right: { events: 3, streams: 1 } });
  });

  it('a command recorded by the transaction it waited for is a DuplicateCommand', async () => {
    const { store, counted } = await server.openCounting(simulated());
    const holder = await server.client();
    const observer = await server.client();
    const held = await holdAppendOpen(holder, store.schema, 'first', 'cmd-raced');

    const waiting = counted((st) =>
      st.appendToStream('second', 'no_stream', [event(2)], { command: { commandId: 'cmd-raced', fingerprint: 'f' } }),
    );
    await queryWaitingForALock(observer);
    await holder.query('COMMIT');
    expect(await waiting).toEqual({
      value: {
        _tag: 'Left',
        left: {
          _tag: 'DuplicateCommand',
          commandId: 'cmd-raced',
          existing: {
            commandId: 'cmd-raced',
            fingerprint: 'held',
            streamId: 'first',
            versionBefore: 0,
            versionAfter: 1,
          },
        },
      },
      statements: 1,
    });
    expect(held.lastGlobalPosition).toBe(1);
    expect(await store.headPosition()).toBe(1);
  });

  it('two stores on one schema take turns on a stream: each append chains to the real head', async () => {
    const a = await server.openCounting(simulated());
    const b = await server.openCounting({ schema: a.store.schema, ...simulated() });
    await a.store.appendToStream('shared', 'no_stream', [event(1)]);
    // B has never seen the stream: the transaction, which teaches it the head.
    const first = await b.counted((s) => s.appendToStream('shared', 'any', [event(2)]));
    expect(first.statements).toBe(TRANSACTION);
    const written = isRight(first.value) ? first.value.right.events[0] : undefined;
    // A still believes version 1: one refused statement, then the transaction.
    const fromA = await a.counted((s) => s.appendToStream('shared', 'any', [event(3), event(4)]));
    expect(fromA.statements).toBe(1 + TRANSACTION);
    expect(fromA.value).toMatchObject({ _tag: 'Right', right: { nextExpectedVersion: 4 } });
    expect(isRight(fromA.value) && fromA.value.right.events[0]?.prevHash).toBe(written?.hash);
    // B believes version 2 and says so: a conflict naming the real version, in one statement.
    const fromB = await b.counted((s) => s.appendToStream('shared', 2, [event(5)]));
    expect(fromB).toEqual({
      value: { _tag: 'Left', left: { _tag: 'ConcurrencyConflict', streamId: 'shared', expected: 2, actual: 4 } },
      statements: 1,
    });
    // The conflict told B the real head: its retry is one statement.
    const retry = await b.counted((s) => s.appendToStream('shared', 4, [event(5)]));
    expect(retry).toMatchObject({ value: { _tag: 'Right', right: { nextExpectedVersion: 5 } }, statements: 1 });

    const events = await all(a.store);
    expect(events.map((e) => [e.streamVersion, e.globalPosition])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
    for (const [i, e] of events.entries()) if (i > 0) expect(e.prevHash).toBe(events[i - 1]?.hash);
    expect(await verify(a.store)).toMatchObject({ _tag: 'Right', right: { events: 5, streams: 1, lastPosition: 5 } });
  });

  it("a clock behind the log's recordedAt never records time backwards", async () => {
    const behind = new SimulatedClock('2020-03-01T00:00:00.000Z');
    const ahead = new SimulatedClock('2020-07-01T00:00:00.000Z');
    const a = await server.openCounting({ clock: behind, newEventId: seededUuidV7(1, behind) });
    const b = await server.openCounting({ schema: a.store.schema, clock: ahead, newEventId: seededUuidV7(2, ahead) });
    await a.store.appendToStream('a', 'no_stream', [event(1)]);
    await b.store.appendToStream('b', 'no_stream', [event(2)]);
    // A knows its stream's head but not B's later recordedAt: refused as stale, then the transaction.
    const late = await a.counted((s) => s.appendToStream('a', 1, [event(3)]));
    expect(late.statements).toBe(1 + TRANSACTION);
    expect(isRight(late.value) && late.value.right.events[0]?.recordedAt).toBe('2020-07-01T00:00:00.000Z');
    // Now A knows July: with its clock moved further back it still writes July, in one statement.
    behind.set('2019-12-31T00:00:00.000Z');
    const backwards = await a.counted((s) => s.appendToStream('a', 2, [event(4)]));
    expect(backwards.statements).toBe(1);
    expect(isRight(backwards.value) && backwards.value.right.events[0]?.recordedAt).toBe('2020-07-01T00:00:00.000Z');
    const recorded = (await all(a.store)).map((e) => e.recordedAt);
    expect(recorded).toEqual([
      '2020-03-01T00:00:00.000Z',
      '2020-07-01T00:00:00.000Z',
      '2020-07-01T00:00:00.000Z',
      '2020-07-01T00:00:00.000Z',
    ]);
  });
});
