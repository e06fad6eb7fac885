import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../events/event';
import { seededUuidV7 } from '../ids/eventIds';
import { InMemoryEventStore } from '../memory/inMemoryEventStore';
import { SEALS_STREAM } from '../store/streamId';
import { SimulatedClock } from '../time/clock';
import { seal } from './seal';
import { verify } from './verify';

const event = (n: number) => ({ type: 'GrantAwarded', data: { amountFen: n * 100 }, occurredAt: '2020-04-01' });

/** Two projects' streams and a seal, written on a simulated clock. */
const sealedHistory = async () => {
  const clock = new SimulatedClock('2020-04-01T02:00:00.000Z');
  const store = new InMemoryEventStore({ clock, newEventId: seededUuidV7(1, clock) });
  await store.appendToStream('project-1', 'no_stream', [event(1), event(2)]);
  await store.appendToStream('project-2', 'no_stream', [event(3)]);
  await store.appendToStream('project-1', 2, [event(4)]);
  const sealed = await seal(store);
  expect(sealed._tag).toBe('Right');
  const all: RecordedEvent[] = [];
  for await (const e of store.readAll()) all.push(e);
  return all;
};

/** A fresh store holding `events` verbatim: how an altered history reaches `verify`. */
const storeOf = async (events: readonly RecordedEvent[]) => {
  const store = new InMemoryEventStore();
  expect((await store.importRecorded(events))._tag).toBe('Right');
  return store;
};

describe('verify', () => {
  it('passes on an untouched history and counts events, streams and seals', async () => {
    expect(await verify(await storeOf(await sealedHistory()))).toEqual({
      _tag: 'Right',
      right: { events: 5, streams: 2, seals: 1, lastPosition: 5 },
    });
  });

  it('names the stream and version of an event whose data was altered', async () => {
    const all = await sealedHistory();
    const altered = all.map((e) =>
      e.streamId === 'project-1' && e.streamVersion === 2 ? { ...e, data: { amountFen: 2_000_000 } } : e,
    );
    const original = all.find((e) => e.streamId === 'project-1' && e.streamVersion === 2);
    const result = await verify(await storeOf(altered));
    expect(result).toMatchObject({
      _tag: 'Left',
      left: {
        _tag: 'BrokenLink',
        streamId: 'project-1',
        streamVersion: 2,
        globalPosition: 2,
        problem: 'hash',
        found: original?.hash,
      },
    });
    expect(result._tag === 'Left' && result.left._tag === 'BrokenLink' && result.left.expected).not.toBe(
      original?.hash,
    );
  });

  it("reports the seal broken when a stream's last event is removed after the seal", async () => {
    const all = await sealedHistory();
    // project-1's last event (version 3); the chain before it is intact, so only the seal can tell.
    const truncated = all.filter((e) => !(e.streamId === 'project-1' && e.streamVersion === 3));
    const result = await verify(await storeOf(truncated));
    expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'BrokenSeal', sealVersion: 1, sealedPosition: 4 } });
    if (result._tag === 'Left' && result.left._tag === 'BrokenSeal')
      expect(result.left.foundDigest).not.toBe(result.left.expectedDigest);
  });

  it('reports the seal broken when the whole sealed tail is gone', async () => {
    const all = await sealedHistory();
    const sealEvent = all.find((e) => e.streamId === SEALS_STREAM) as RecordedEvent;
    const tail = all.filter((e) => e.streamId !== SEALS_STREAM).slice(0, 2);
    expect(await verify(await storeOf([...tail, sealEvent]))).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'BrokenSeal', sealedPosition: 4 },
    });
  });

  it('a removed middle event breaks the link of the next one (version)', async () => {
    const all = await sealedHistory();
    const gapped = all.filter((e) => !(e.streamId === 'project-1' && e.streamVersion === 2));
    // importRecorded refuses the gap, so the gapped copy is assembled by renumbering versions.
    const renumbered = gapped.map((e) =>
      e.streamId === 'project-1' && e.streamVersion === 3 ? { ...e, streamVersion: 2 } : e,
    );
    expect(await verify(await storeOf(renumbered))).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'BrokenLink', streamId: 'project-1', streamVersion: 2, problem: 'prevHash' },
    });
  });

  it('a seal record that is not a seal is a CorruptEvent', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream(
      SEALS_STREAM,
      'no_stream',
      [{ type: 'HistorySealed', data: { digest: 1 }, occurredAt: '2020-01-01' }],
      {
        allowReservedStream: true,
      },
    );
    expect(await verify(store)).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'CorruptEvent', streamId: SEALS_STREAM, streamVersion: 1, path: 'data' },
    });
  });

  it('sealing an empty store verifies', async () => {
    const store = new InMemoryEventStore();
    expect(await seal(store)).toMatchObject({ _tag: 'Right', right: { position: 0, streams: 0, sealVersion: 1 } });
    expect(await verify(store)).toMatchObject({ _tag: 'Right', right: { events: 1, streams: 0, seals: 1 } });
  });
});
