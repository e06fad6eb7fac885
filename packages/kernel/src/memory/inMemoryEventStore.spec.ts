import { describe, expect, it } from 'vitest';
import { InMemoryEventStore } from './inMemoryEventStore';

// What the shared contract cannot say for every store: how the reference store mirrors a database.
describe('InMemoryEventStore as the reference store', () => {
  it('keeps snapshots and views as JSON, so a state that is not plain JSON shows here as it would on SQLite', async () => {
    const store = new InMemoryEventStore();
    const state = { since: new Date('2020-01-01T00:00:00Z'), seen: new Map([['a', 1]]), gone: undefined };
    await store.snapshots.save('s-1', 'x', { streamVersion: 1, schemaVersion: 1, state });
    expect(await store.snapshots.load('s-1', 'x')).toEqual({
      streamVersion: 1,
      schemaVersion: 1,
      state: { since: '2020-01-01T00:00:00.000Z', seen: {} },
    });
    await store.projections.save('p', 1, { view: state, position: 1 });
    expect((await store.projections.load('p', 1))?.view).toEqual({ since: '2020-01-01T00:00:00.000Z', seen: {} });
  });

  it('hands out frozen events, so a reader cannot rewrite history', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('s-1', 'no_stream', [{ type: 'A', data: { list: [1] }, occurredAt: '2020-01-01' }]);
    const read = await store.readStream('s-1');
    const [event] = read._tag === 'Right' ? read.right : [];
    const data = event?.data as { list: number[] } | undefined;
    expect([event, data, data?.list].map((part) => Object.isFrozen(part))).toEqual([true, true, true]);
    expect(() => data?.list.push(2)).toThrow(TypeError);
  });

  it('declares its capabilities, with an append limit only when given one', () => {
    expect(new InMemoryEventStore().capabilities).toEqual({
      atomicViewCheckpoint: true,
      monotonicRecordedAt: true,
      maxAppendBytes: undefined,
    });
    expect(new InMemoryEventStore({ maxAppendBytes: 1024 }).capabilities.maxAppendBytes).toBe(1024);
  });
});
