import { type EventMetadata, seededUuidV7 } from '@innoledger/kernel';
import { expect, it } from 'vitest';
import {
  anEvent,
  appendOk,
  type ContractHarness,
  expectLeft,
  FULL_METADATA,
  ISO_INSTANT,
  readAllOf,
  readOk,
  someEvents,
  UUID_V7,
} from './harness';

export const appendAndReadChecks = (h: ContractHarness): void => {
  it('appends events and reads them back in order with every envelope field', async () => {
    const store = h.store();
    const appended = await appendOk(store, 'order-1', 'no_stream', [
      anEvent({ n: 1 }),
      anEvent({ n: 2 }, { type: 'OtherThingHappened', schemaVersion: 2, occurredAt: '2020-02-29' }),
      anEvent({ n: 3 }, { metadata: FULL_METADATA }),
    ]);
    expect(appended.streamId).toBe('order-1');
    expect(appended.nextExpectedVersion).toBe(3);
    expect(appended.events.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
    const read = await readOk(store, 'order-1');
    expect(read).toEqual(appended.events);
    expect(read.map((e) => [e.type, e.data, e.schemaVersion, e.occurredAt])).toEqual([
      ['SomethingHappened', { n: 1 }, 1, '2020-01-02'],
      ['OtherThingHappened', { n: 2 }, 2, '2020-02-29'],
      ['SomethingHappened', { n: 3 }, 1, '2020-01-02'],
    ]);
    expect(read.map((e) => e.metadata)).toEqual([{}, {}, FULL_METADATA]);
    for (const e of read) {
      expect(e.streamId).toBe('order-1');
      expect(e.eventId).toMatch(UUID_V7);
      expect(e.recordedAt).toMatch(ISO_INSTANT);
      expect(Number.isSafeInteger(e.globalPosition) && e.globalPosition >= 1).toBe(true);
    }
    const positions = read.map((e) => e.globalPosition);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(new Set(positions).size).toBe(3);
    expect(appended.lastGlobalPosition).toBe(positions[2]);
    expect(await store.headPosition()).toBe(positions[2]);
  });

  it('takes event ids from the injected generator and recordedAt from the injected clock', async () => {
    const store = h.store();
    const clock = h.clock();
    const first = await appendOk(store, 'ids-1', 'no_stream', someEvents(2));
    const reference = seededUuidV7(h.seed(), clock);
    expect(first.events.map((e) => e.eventId)).toEqual([reference(), reference()]);
    expect(first.events.map((e) => e.recordedAt)).toEqual([clock.now().toISOString(), clock.now().toISOString()]);
    clock.advance(90_000);
    const second = await appendOk(store, 'ids-1', 2, someEvents(1));
    expect(second.events[0]?.eventId).toBe(reference());
    expect(second.events[0]?.recordedAt).toBe('2020-01-01T00:01:30.000Z');
  });

  it('continues a stream from its current version', async () => {
    const store = h.store();
    await appendOk(store, 'order-2', 'no_stream', someEvents(2));
    const next = await appendOk(store, 'order-2', 2, someEvents(2, 3));
    expect(next.nextExpectedVersion).toBe(4);
    const read = await readOk(store, 'order-2');
    expect(read.map((e) => [e.streamVersion, e.data])).toEqual([
      [1, { n: 1 }],
      [2, { n: 2 }],
      [3, { n: 3 }],
      [4, { n: 4 }],
    ]);
  });

  it('an empty append writes nothing and reports the current version', async () => {
    const store = h.store();
    const onNew = await appendOk(store, 'empty-1', 'no_stream', []);
    expect(onNew).toMatchObject({ streamId: 'empty-1', nextExpectedVersion: 0, lastGlobalPosition: 0, events: [] });
    await appendOk(store, 'empty-2', 'no_stream', someEvents(2));
    const head = await store.headPosition();
    const onExisting = await appendOk(store, 'empty-2', 2, []);
    expect(onExisting).toMatchObject({ nextExpectedVersion: 2, lastGlobalPosition: head, events: [] });
    expect(await readOk(store, 'empty-1')).toEqual([]);
    expect(await readOk(store, 'empty-2')).toHaveLength(2);
    expect(await store.headPosition()).toBe(head);
  });

  it('an empty append still checks the expected version', async () => {
    const store = h.store();
    await appendOk(store, 'empty-3', 'no_stream', someEvents(2));
    expect(expectLeft(await store.appendToStream('empty-3', 5, []))).toEqual({
      _tag: 'ConcurrencyConflict',
      streamId: 'empty-3',
      expected: 5,
      actual: 2,
    });
  });

  it('an unknown stream reads as an empty list and the empty store has head position 0', async () => {
    const store = h.store();
    expect(await readOk(store, 'never-written')).toEqual([]);
    expect(await readAllOf(store)).toEqual([]);
    expect(await store.headPosition()).toBe(0);
  });

  it('keeps its own copy of appended data and drops undefined members', async () => {
    const store = h.store();
    const data = { kept: 1, dropped: undefined, nested: { list: [1, 2] } };
    await appendOk(store, 'copy-1', 'no_stream', [
      anEvent(data, { metadata: { actor: 'person-1', source: undefined } as unknown as EventMetadata }),
    ]);
    data.kept = 2;
    data.nested.list.push(3);
    const [read] = await readOk(store, 'copy-1');
    expect(read?.data).toEqual({ kept: 1, nested: { list: [1, 2] } });
    expect(Object.keys(read?.data as object).sort()).toEqual(['kept', 'nested']);
    expect(read?.metadata).toEqual({ actor: 'person-1' });
    expect(Object.keys(read?.metadata ?? {})).toEqual(['actor']);
  });
};
