import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryEventToAppend } from '../../../testing/src/index';
import type { EventToAppend, RecordedEvent } from '../events/event';
import { seededUuidV7 } from '../ids/eventIds';
import { InMemoryEventStore } from '../memory/inMemoryEventStore';
import { SimulatedClock } from '../time/clock';
import { GENESIS_HASH, hashEvent } from './hash';
import { verify } from './verify';

const append = fc.record({
  stream: fc.constantFrom('s-1', 's-2', "s-'3'", '企业-4'),
  events: fc.array(arbitraryEventToAppend(), { minLength: 1, maxLength: 3 }),
  advanceMs: fc.integer({ min: -86_400_000, max: 86_400_000 }),
});

const writeAll = async (appends: readonly { stream: string; events: EventToAppend[]; advanceMs: number }[]) => {
  const clock = new SimulatedClock('2020-01-01T00:00:00.000Z');
  const store = new InMemoryEventStore({ clock, newEventId: seededUuidV7(7, clock) });
  for (const a of appends) {
    clock.advance(a.advanceMs);
    const result = await store.appendToStream(a.stream, 'any', a.events);
    expect(result._tag).toBe('Right');
  }
  const all: RecordedEvent[] = [];
  for await (const e of store.readAll()) all.push(e);
  return all;
};

type Alteration = (e: RecordedEvent) => RecordedEvent;

const ALTERATIONS: Record<string, Alteration> = {
  eventId: (e) => ({ ...e, eventId: e.eventId.replace(/.$/, (c) => (c === '0' ? '1' : '0')) }),
  type: (e) => ({ ...e, type: `${e.type}x` }),
  schemaVersion: (e) => ({ ...e, schemaVersion: e.schemaVersion + 1 }),
  data: (e) => ({ ...e, data: { was: e.data } }),
  occurredAt: (e) => ({ ...e, occurredAt: e.occurredAt === '2020-01-01' ? '2020-01-02' : '2020-01-01' }),
  recordedAt: (e) => ({ ...e, recordedAt: new Date(Date.parse(e.recordedAt) + 1).toISOString() }),
  metadata: (e) => ({ ...e, metadata: { ...e.metadata, actor: `${e.metadata.actor ?? ''}x` } }),
  prevHash: (e) => ({ ...e, prevHash: e.prevHash.replace(/^./, (c) => (c === 'f' ? 'e' : 'f')) }),
  hash: (e) => ({ ...e, hash: e.hash.replace(/^./, (c) => (c === 'f' ? 'e' : 'f')) }),
};

describe('hash chain properties', () => {
  it('any sequence of appends links every stream and verifies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(append, { maxLength: 8 }), async (appends) => {
        const all = await writeAll(appends);
        const heads = new Map<string, string>();
        for (const e of all) {
          expect(e.prevHash).toBe(heads.get(e.streamId) ?? GENESIS_HASH);
          expect(hashEvent(e)).toBe(e.hash);
          heads.set(e.streamId, e.hash);
        }
        const target = new InMemoryEventStore();
        expect((await target.importRecorded(all))._tag).toBe('Right');
        expect(await verify(target)).toMatchObject({ _tag: 'Right', right: { events: all.length } });
      }),
      { numRuns: 50 },
    );
  });

  it('any single-field alteration of a stored event is reported at that stream and version', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(append, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.constantFrom(...Object.keys(ALTERATIONS)),
        async (appends, pick, field) => {
          const all = await writeAll(appends);
          const index = pick % all.length;
          const victim = all[index] as RecordedEvent;
          const altered = all.map((e, i) => (i === index ? (ALTERATIONS[field] as Alteration)(e) : e));
          const target = new InMemoryEventStore();
          expect((await target.importRecorded(altered))._tag).toBe('Right');
          expect(await verify(target)).toMatchObject({
            _tag: 'Left',
            left: {
              _tag: 'BrokenLink',
              streamId: victim.streamId,
              streamVersion: victim.streamVersion,
              problem: field === 'prevHash' ? 'prevHash' : 'hash',
            },
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
