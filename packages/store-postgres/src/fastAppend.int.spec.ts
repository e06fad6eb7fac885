// The one-round-trip append: a stream this store has written or read to its end is appended to
// with one statement (append_events); everything else takes the five-statement transaction.
// Statements are counted on the store's own pooled connections: each is one round trip.
import { SimulatedClock, seededUuidV7, verify } from '@innoledger/kernel';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { event, simulated, useTestServer } from './support/testServer';

const server = useTestServer();

/** BEGIN, take the log lock, read the heads and command, write, COMMIT. */
const TRANSACTION = 5;

const command = (commandId: string) => ({ command: { commandId, fingerprint: `fp-${commandId}` } });

describe('one round trip', () => {
  it('a new stream, and every later append to a stream this store wrote, is one statement', async () => {
    const { counted, store } = await server.openCounting(simulated());
    const first = await counted((s) => s.appendToStream('project-1', 'no_stream', [event(1), event(2)]));
    expect(first.statements).toBe(1);
    expect(first.value).toMatchObject({ _tag: 'Right', right: { nextExpectedVersion: 2, lastGlobalPosition: 2 } });
    const byNumber = await counted((s) => s.appendToStream('project-1', 2, [event(3)]));
    const byAny = await counted((s) => s.appendToStream('project-1', 'any', [event(4)]));
    const byExists = await counted((s) => s.appendToStream('project-1', 'stream_exists', [event(5)]));
    expect([byNumber.statements, byAny.statements, byExists.statements]).toEqual([1, 1, 1]);
    expect(byExists.value).toMatchObject({ _tag: 'Right', right: { nextExpectedVersion: 5, lastGlobalPosition: 5 } });

    const read = await store.readStream('project-1');
    if (!isRight(read)) throw new Error('read failed');
    expect(read.right.map((e) => [e.streamVersion, e.globalPosition])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
    // The returned events are the stored ones, positions included.
    const returned = [first.value, byNumber.value, byAny.value, byExists.value].flatMap((r) =>
      isRight(r) ? r.right.events : [],
    );
    expect(returned).toEqual(read.right);
    expect(await verify(store)).toMatchObject({ _tag: 'Right', right: { events: 5, streams: 1 } });
  });

  it('a stream read to its end is appended to in one statement; an unknown one takes the transaction', async () => {
    const writer = await server.open(simulated());
    await writer.appendToStream('known', 'no_stream', [event(1)]);
    await writer.appendToStream('unknown', 'no_stream', [event(2)]);
    const { counted } = await server.openCounting({ schema: writer.schema, ...simulated() });

    const read = await counted((s) => s.readStream('known'));
    const afterRead = await counted((s) => s.appendToStream('known', 1, [event(3)]));
    expect([read.statements, afterRead.statements]).toEqual([1, 1]);
    expect(afterRead.value).toMatchObject({ _tag: 'Right', right: { nextExpectedVersion: 2, lastGlobalPosition: 3 } });

    // Nothing to assume about a stream never seen: the transaction reads its head.
    const blind = await counted((s) => s.appendToStream('unknown', 'any', [event(4)]));
    expect(blind.statements).toBe(TRANSACTION);
    expect(blind.value).toMatchObject({ _tag: 'Right', right: { nextExpectedVersion: 2, lastGlobalPosition: 4 } });
    // ...and remembers what it wrote.
    const next = await counted((s) => s.appendToStream('unknown', 2, [event(5)]));
    expect(next.statements).toBe(1);

    // A partial read (not to the end) says nothing about the head.
    await writer.appendToStream('partial', 'no_stream', [event(6), event(7)]);
    await counted((s) => s.readStream('partial', { toVersion: 1 }));
    const afterPartial = await counted((s) => s.appendToStream('partial', 2, [event(8)]));
    expect(afterPartial.statements).toBe(TRANSACTION);
    expect(await verify(writer)).toMatchObject({ _tag: 'Right', right: { events: 8, streams: 3 } });
  });

  it('a known stream at another version is a ConcurrencyConflict in one statement, writing nothing', async () => {
    const { counted, store } = await server.openCounting(simulated());
    await store.appendToStream('s', 'no_stream', [event(1), event(2)]);
    for (const expected of [1, 3, 'no_stream', 0] as const) {
      const refused = await counted((s) => s.appendToStream('s', expected, [event(9)], command(`c-${expected}`)));
      expect(refused).toEqual({
        value: { _tag: 'Left', left: { _tag: 'ConcurrencyConflict', streamId: 's', expected, actual: 2 } },
        statements: 1,
      });
      expect(await store.findCommand(`c-${expected}`)).toBeUndefined();
    }
    expect(await store.headPosition()).toBe(2);
    // No stream is at a negative or fractional version: a conflict, as the transaction says.
    for (const expected of [-1, 1.5]) {
      const impossible = await counted((s) => s.appendToStream('s', expected, [event(9)]));
      expect(impossible).toEqual({
        value: { _tag: 'Left', left: { _tag: 'ConcurrencyConflict', streamId: 's', expected, actual: 2 } },
        // BEGIN, lock, read, ROLLBACK.
        statements: 4,
      });
    }
  });

  it('a command id seen before is a DuplicateCommand in one statement, on any stream', async () => {
    const { counted, store } = await server.openCounting(simulated());
    await store.appendToStream('s', 'no_stream', [event(1)], command('c-1'));
    const record = { commandId: 'c-1', fingerprint: 'fp-c-1', streamId: 's', versionBefore: 0, versionAfter: 1 };
    expect(await store.findCommand('c-1')).toEqual(record);
    for (const [streamId, expected] of [
      ['s', 1],
      ['s', 'any'],
      ['elsewhere', 'no_stream'],
    ] as const) {
      const again = await counted((st) => st.appendToStream(streamId, expected, [event(2)], command('c-1')));
      expect(again).toEqual({
        value: { _tag: 'Left', left: { _tag: 'DuplicateCommand', commandId: 'c-1', existing: record } },
        statements: 1,
      });
    }
    expect(await store.headPosition()).toBe(1);
    expect(await store.readStream('elsewhere')).toEqual({ _tag: 'Right', right: [] });
  });

  it('an empty append with a command id records the command in one statement, writing no event', async () => {
    const { counted, store } = await server.openCounting(simulated());
    await store.appendToStream('s', 'no_stream', [event(1), event(2)]);
    const known = await counted((st) => st.appendToStream('s', 2, [], command('empty-1')));
    expect(known).toEqual({
      value: { _tag: 'Right', right: { streamId: 's', nextExpectedVersion: 2, lastGlobalPosition: 2, events: [] } },
      statements: 1,
    });
    expect(await store.findCommand('empty-1')).toEqual({
      commandId: 'empty-1',
      fingerprint: 'fp-empty-1',
      streamId: 's',
      versionBefore: 2,
      versionAfter: 2,
    });
    // An empty append hashes nothing, so it needs no head: a stream this store never saw is the same.
    const other = await server.openCounting({ schema: store.schema, ...simulated() });
    const unseen = await other.counted((st) => st.appendToStream('s', 'stream_exists', [], command('empty-2')));
    expect(unseen).toMatchObject({ value: { _tag: 'Right', right: { nextExpectedVersion: 2 } }, statements: 1 });
    expect(await store.findCommand('empty-2')).toMatchObject({ versionBefore: 2, versionAfter: 2 });
    expect(await store.headPosition()).toBe(2);
    const conflict = await other.counted((st) => st.appendToStream('s', 5, [], command('empty-3')));
    expect(conflict).toMatchObject({ value: { _tag: 'Left', left: { actual: 2, expected: 5 } }, statements: 1 });
    expect(await store.findCommand('empty-3')).toBeUndefined();
  });

  it('an invalid event is reported as the transaction reports it: a conflict first, else InvalidEvent', async () => {
    const { counted, store } = await server.openCounting(simulated());
    await store.appendToStream('s', 'no_stream', [event(1)]);
    const bad = { ...event(2), occurredAt: '2020-02-30' };
    const withConflict = await counted((st) => st.appendToStream('s', 5, [bad]));
    expect(withConflict.value).toMatchObject({ _tag: 'Left', left: { _tag: 'ConcurrencyConflict', actual: 1 } });
    const invalid = await counted((st) => st.appendToStream('s', 1, [event(2), bad]));
    expect(invalid.value).toMatchObject({ _tag: 'Left', left: { _tag: 'InvalidEvent', index: 1, path: 'occurredAt' } });
    expect(await store.headPosition()).toBe(1);
  });

  it('ids drawn for an attempt that wrote nothing are used next: the generator sequence is unchanged', async () => {
    const clock = new SimulatedClock('2020-03-01T01:00:00.000Z');
    const store = await server.open({ clock, newEventId: seededUuidV7(11, clock) });
    const reference = seededUuidV7(11, clock);
    await store.appendToStream('s', 'no_stream', [event(1)]);
    // Refused after preparing: a conflict, a duplicate, and a stale head (another writer moved it).
    await store.appendToStream('s', 7, [event(2)]);
    await store.appendToStream('other', 'no_stream', [event(3)], command('dup'));
    await store.appendToStream('s', 1, [event(4)], command('dup'));
    const elsewhere = await server.open({ schema: store.schema, ...simulated() });
    await elsewhere.appendToStream('s', 'any', [event(5)]);
    const stale = await store.appendToStream('s', 'any', [event(6), event(7)]);
    expect(stale).toMatchObject({ _tag: 'Right', right: { nextExpectedVersion: 4 } });
    const mine = [];
    // Everything but version 2 of s, which the other store wrote with its own generator.
    for await (const e of store.readAll()) if (e.streamId !== 's' || e.streamVersion !== 2) mine.push(e);
    expect(mine.map((e) => e.eventId)).toEqual([reference(), reference(), reference(), reference()]);
  });
});
