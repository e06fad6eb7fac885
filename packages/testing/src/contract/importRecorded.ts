import { type EventStore, type RecordedEvent, seal, verify } from '@innoledger/kernel';
import { expect, it } from 'vitest';
import {
  anEvent,
  appendOk,
  type ContractHarness,
  expectLeft,
  expectRight,
  FULL_METADATA,
  readAllOf,
  readOk,
  someEvents,
} from './harness';
import { AWKWARD_TEXT } from './payloads';

const withoutPosition = ({ globalPosition: _p, ...rest }: RecordedEvent) => rest;

/** A small history with two streams, awkward text, full metadata, a moved clock and a seal. */
const sourceHistory = async (h: ContractHarness): Promise<RecordedEvent[]> => {
  const store = h.store();
  await appendOk(store, 'import-a', 'no_stream', [anEvent({ texts: AWKWARD_TEXT }, { metadata: FULL_METADATA })]);
  h.clock().advance(86_400_000);
  await appendOk(store, "import-'b'", 'no_stream', someEvents(2));
  await appendOk(store, 'import-a', 1, [anEvent({ n: 2 }, { schemaVersion: 3 })]);
  expectRight(await seal(store));
  return readAllOf(store);
};

const expectEmpty = async (store: EventStore) => {
  expect(await store.headPosition()).toBe(0);
  expect(await readAllOf(store)).toEqual([]);
};

export const importChecks = (h: ContractHarness): void => {
  it('copies events verbatim: same ids, hashes and times, and the copy verifies', async () => {
    const source = await sourceHistory(h);
    const target = await h.another();
    const head = expectRight(await target.importRecorded(source));
    expect(await target.headPosition()).toBe(head);
    const copied = await readAllOf(target);
    expect(copied.map(withoutPosition)).toEqual(source.map(withoutPosition));
    expect(copied.at(-1)?.globalPosition).toBe(head);
    expect(expectRight(await verify(target))).toMatchObject({ events: source.length, streams: 2, seals: 1 });
  });

  it('imported streams continue with ordinary appends, chained to the imported head', async () => {
    const source = await sourceHistory(h);
    const target = await h.another();
    expectRight(await target.importRecorded(source));
    const imported = await readOk(target, 'import-a');
    const next = await appendOk(target, 'import-a', 2, someEvents(1, 3));
    expect(next.events[0]?.prevHash).toBe(imported.at(-1)?.hash);
    expect(next.events[0]?.globalPosition).toBeGreaterThan(imported.at(-1)?.globalPosition ?? 0);
    expectRight(await verify(target));
  });

  it('imports in several calls, each continuing the stream versions', async () => {
    const source = await sourceHistory(h);
    const target = await h.another();
    for (const event of source) expectRight(await target.importRecorded([event]));
    expect((await readAllOf(target)).map(withoutPosition)).toEqual(source.map(withoutPosition));
    expectRight(await verify(target));
  });

  it('refuses a version gap and writes nothing of the batch', async () => {
    const source = (await sourceHistory(h)).filter((e) => e.streamId === "import-'b'");
    const [v1, v2] = source as [RecordedEvent, RecordedEvent];
    const target = await h.another();
    const refused = { _tag: 'ImportRefused', reason: 'version-gap', streamId: "import-'b'" };
    expect(expectLeft(await target.importRecorded([v2]))).toEqual({ ...refused, streamVersion: 2 });
    expect(expectLeft(await target.importRecorded([v1, v1]))).toEqual({ ...refused, streamVersion: 1 });
    await expectEmpty(target);
    expectRight(await target.importRecorded([v1]));
    expect(expectLeft(await target.importRecorded([v2, v2]))).toEqual({ ...refused, streamVersion: 2 });
    expect(expectLeft(await target.importRecorded([v1]))).toEqual({ ...refused, streamVersion: 1 });
    expect(await readOk(target, "import-'b'")).toHaveLength(1);
  });

  it('refuses an invalid stream id and writes nothing of the batch', async () => {
    const [first] = await sourceHistory(h);
    const target = await h.another();
    const bad = { ...(first as RecordedEvent), streamId: 'a\u0000b' };
    expect(expectLeft(await target.importRecorded([first as RecordedEvent, bad]))).toEqual({
      _tag: 'ImportRefused',
      reason: 'invalid-stream-id',
      streamId: 'a\u0000b',
      streamVersion: 1,
    });
    await expectEmpty(target);
  });
};
