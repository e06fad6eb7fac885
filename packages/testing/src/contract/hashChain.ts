import {
  type EventStore,
  GENESIS_HASH,
  hashEvent,
  type RecordedEvent,
  SEAL_EVENT_TYPE,
  SEALS_STREAM,
  seal,
  verify,
} from '@innoledger/kernel';
import { expect, it } from 'vitest';
import { appendOk, type ContractHarness, expectRight, readAllOf, readOk, someEvents } from './harness';

const writeHistory = async (store: EventStore) => {
  await appendOk(store, 'chain-a', 'no_stream', someEvents(2));
  await appendOk(store, 'chain-b', 'no_stream', someEvents(3));
  await appendOk(store, 'chain-a', 2, someEvents(1, 3));
};

const expectLinked = (events: readonly RecordedEvent[]) => {
  let prev = GENESIS_HASH;
  for (const e of events) {
    expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    expect({ version: e.streamVersion, prevHash: e.prevHash }).toEqual({ version: e.streamVersion, prevHash: prev });
    expect(hashEvent(e)).toBe(e.hash);
    prev = e.hash;
  }
};

export const hashChainChecks = (h: ContractHarness): void => {
  it('links every stream from the genesis hash, and verify passes', async () => {
    const store = h.store();
    await writeHistory(store);
    expectLinked(await readOk(store, 'chain-a'));
    expectLinked(await readOk(store, 'chain-b'));
    const head = await store.headPosition();
    expect(expectRight(await verify(store))).toEqual({ events: 6, streams: 2, seals: 0, lastPosition: head });
  });

  it('seal records a digest of every stream head, and verify checks each seal', async () => {
    const store = h.store();
    await writeHistory(store);
    const headBefore = await store.headPosition();
    const first = expectRight(await seal(store));
    expect(first).toMatchObject({ position: headBefore, streams: 2, sealVersion: 1 });
    expect(first.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(expectRight(await verify(store))).toMatchObject({ events: 7, streams: 2, seals: 1 });
    h.clock().advance(3_600_000);
    await appendOk(store, 'chain-c', 'no_stream', someEvents(1));
    const second = expectRight(await seal(store));
    expect(second).toMatchObject({ streams: 3, sealVersion: 2 });
    expect(second.digest).not.toBe(first.digest);
    expect(expectRight(await verify(store))).toMatchObject({ events: 9, streams: 3, seals: 2 });
    const seals = await readOk(store, SEALS_STREAM);
    expect(seals.map((e) => [e.type, e.streamVersion])).toEqual([
      [SEAL_EVENT_TYPE, 1],
      [SEAL_EVENT_TYPE, 2],
    ]);
    expectLinked(seals);
    expect((await readAllOf(store)).filter((e) => e.streamId === SEALS_STREAM)).toEqual(seals);
  });
};
