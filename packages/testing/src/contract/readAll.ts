import type { EventStore, RecordedEvent } from '@innoledger/kernel';
import { expect, it } from 'vitest';
import { appendOk, type ContractHarness, readAllOf, readOk, someEvents } from './harness';

/** Seven events over three streams, interleaved, in appends of different sizes. */
const interleavedHistory = async (store: EventStore): Promise<RecordedEvent[]> => {
  await appendOk(store, 'all-a', 'no_stream', someEvents(2, 1));
  await appendOk(store, 'all-b', 'no_stream', someEvents(1, 3));
  await appendOk(store, 'all-a', 2, someEvents(1, 4));
  await appendOk(store, 'all-c', 'no_stream', someEvents(3, 5));
  return readAllOf(store);
};

const positionsOf = (events: readonly RecordedEvent[]) => events.map((e) => e.globalPosition);

export const readAllChecks = (h: ContractHarness): void => {
  it('lists every event once, in global order, as readStream holds it', async () => {
    const store = h.store();
    const all = await interleavedHistory(store);
    expect(all.map((e) => [e.streamId, e.streamVersion, (e.data as { n: number }).n])).toEqual([
      ['all-a', 1, 1],
      ['all-a', 2, 2],
      ['all-b', 1, 3],
      ['all-a', 3, 4],
      ['all-c', 1, 5],
      ['all-c', 2, 6],
      ['all-c', 3, 7],
    ]);
    const positions = positionsOf(all);
    for (let i = 1; i < positions.length; i++) expect(positions[i]).toBeGreaterThan(positions[i - 1] as number);
    for (const streamId of ['all-a', 'all-b', 'all-c'])
      expect(all.filter((e) => e.streamId === streamId)).toEqual(await readOk(store, streamId));
    expect(await store.headPosition()).toBe(positions[6]);
  });

  it('after: returns only positions greater than the one given', async () => {
    const store = h.store();
    const all = await interleavedHistory(store);
    expect(await readAllOf(store, { after: 0 })).toEqual(all);
    for (const [i, event] of all.entries())
      expect(positionsOf(await readAllOf(store, { after: event.globalPosition }))).toEqual(
        positionsOf(all.slice(i + 1)),
      );
  });

  it('toPosition: stops at the position given, inclusive, alone or with after', async () => {
    const store = h.store();
    const all = await interleavedHistory(store);
    const p = positionsOf(all) as [number, number, number, number, number, number, number];
    expect(positionsOf(await readAllOf(store, { toPosition: p[3] }))).toEqual(p.slice(0, 4));
    expect(positionsOf(await readAllOf(store, { after: p[1], toPosition: p[4] }))).toEqual(p.slice(2, 5));
    expect(positionsOf(await readAllOf(store, { toPosition: p[6] + 100 }))).toEqual(p);
    expect(await readAllOf(store, { toPosition: p[0] - 1 })).toEqual([]);
    expect(await readAllOf(store, { after: p[4], toPosition: p[2] })).toEqual([]);
  });

  for (const batchSize of [1, 2, 3, 7, 1000]) {
    it(`batchSize ${batchSize}: the same events whatever the batch boundaries`, async () => {
      const store = h.store();
      const all = await interleavedHistory(store);
      const p = positionsOf(all);
      expect(await readAllOf(store, { batchSize })).toEqual(all);
      expect(positionsOf(await readAllOf(store, { batchSize, after: p[1] as number }))).toEqual(p.slice(2));
      expect(
        positionsOf(await readAllOf(store, { batchSize, after: p[1] as number, toPosition: p[5] as number })),
      ).toEqual(p.slice(2, 6));
    });
  }

  it('recordedUpTo: stops before the first event recorded after the instant', async () => {
    const store = h.store();
    const clock = h.clock();
    await appendOk(store, 'known-a', 'no_stream', someEvents(1));
    const t1 = clock.now().toISOString();
    clock.advance(60_000);
    await appendOk(store, 'known-b', 'no_stream', someEvents(2, 2));
    const t2 = clock.now().toISOString();
    clock.advance(60_000);
    await appendOk(store, 'known-a', 1, someEvents(1, 4));
    const t3 = clock.now().toISOString();
    const all = await readAllOf(store);
    const p = positionsOf(all);
    const upTo = async (recordedUpTo: string, after?: number) =>
      positionsOf(await readAllOf(store, after === undefined ? { recordedUpTo } : { recordedUpTo, after }));
    expect(await upTo('2019-12-31T23:59:59.999Z')).toEqual([]);
    expect(await upTo(t1)).toEqual(p.slice(0, 1));
    expect(await upTo('2020-01-01T00:00:30.000Z')).toEqual(p.slice(0, 1));
    expect(await upTo(t2)).toEqual(p.slice(0, 3));
    expect(await upTo(t2, p[0])).toEqual(p.slice(1, 3));
    expect(await upTo(t3)).toEqual(p);
    expect(positionsOf(await readAllOf(store, { recordedUpTo: t3, toPosition: p[1] as number, batchSize: 1 }))).toEqual(
      p.slice(0, 2),
    );
  });

  it('headPosition follows appends and ignores refused ones', async () => {
    const store = h.store();
    expect(await store.headPosition()).toBe(0);
    const first = await appendOk(store, 'head-1', 'no_stream', someEvents(2));
    expect(await store.headPosition()).toBe(first.lastGlobalPosition);
    await store.appendToStream('head-1', 'no_stream', someEvents(1));
    expect(await store.headPosition()).toBe(first.lastGlobalPosition);
    const second = await appendOk(store, 'head-2', 'no_stream', someEvents(1));
    expect(second.lastGlobalPosition).toBeGreaterThan(first.lastGlobalPosition);
    expect(await store.headPosition()).toBe(second.lastGlobalPosition);
  });
};
