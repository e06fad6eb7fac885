import { GENESIS_HASH, hashEvent, InMemoryEventStore, verify } from '@innoledger/kernel';
import { describe, expect, it } from 'vitest';
import { recordedEvents } from './recordedEvents';

describe('recordedEvents fixtures', () => {
  it('numbers positions and per-stream versions, and fills the envelope', () => {
    const events = recordedEvents(
      [
        { type: 'A', data: { n: 1 } },
        { type: 'B', data: { n: 2 }, streamId: 'other' },
        { type: 'A', data: { n: 3 }, occurredAt: '2020-05-06', metadata: { actor: 'p-1' }, schemaVersion: 2 },
      ],
      { firstPosition: 10 },
    );
    expect(events.map((e) => [e.streamId, e.streamVersion, e.globalPosition])).toEqual([
      ['stream-1', 1, 10],
      ['other', 1, 11],
      ['stream-1', 2, 12],
    ]);
    expect(events[2]).toMatchObject({
      occurredAt: '2020-05-06',
      recordedAt: '2020-05-06T02:00:00.000Z',
      metadata: { actor: 'p-1' },
      schemaVersion: 2,
    });
    expect(events[0]).toMatchObject({
      occurredAt: '2020-01-01',
      metadata: {},
      schemaVersion: 1,
      prevHash: GENESIS_HASH,
    });
  });

  it('never lets recordedAt go backwards', () => {
    const events = recordedEvents([
      { type: 'A', data: 1, recordedAt: '2020-06-01T00:00:00.000Z' },
      { type: 'A', data: 2, occurredAt: '2020-01-01' },
    ]);
    expect(events.map((e) => e.recordedAt)).toEqual(['2020-06-01T00:00:00.000Z', '2020-06-01T00:00:00.000Z']);
  });

  it('chains hashes as a store would, so an imported copy verifies', async () => {
    const events = recordedEvents([
      { type: 'A', data: { n: 1 } },
      { type: 'A', data: { n: 2 } },
      { type: 'B', data: { n: 3 }, streamId: '企业-1' },
    ]);
    for (const e of events) expect(hashEvent(e)).toBe(e.hash);
    expect(events[1]?.prevHash).toBe(events[0]?.hash);
    const store = new InMemoryEventStore();
    expect((await store.importRecorded(events))._tag).toBe('Right');
    expect(await verify(store)).toMatchObject({ _tag: 'Right', right: { events: 3, streams: 2 } });
  });

  it('is deterministic for a seed', () => {
    const input = [{ type: 'A', data: {} }];
    expect(recordedEvents(input)).toEqual(recordedEvents(input));
    expect(recordedEvents(input, { seed: 2 })[0]?.eventId).not.toBe(recordedEvents(input)[0]?.eventId);
  });
});
