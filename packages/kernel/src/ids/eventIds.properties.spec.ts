import fc from 'fast-check';
import { parse, stringify, validate, version } from 'uuid';
import { describe, expect, it } from 'vitest';
import { arbitraryEventToAppend } from '../../../testing/src/index';
import type { RecordedEvent } from '../events/event';
import { seal } from '../history/seal';
import { InMemoryEventStore } from '../memory/inMemoryEventStore';
import { SimulatedClock } from '../time/clock';
import { seededUuidV7, uuidV7 } from './eventIds';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const instant = fc.date({ noInvalidDate: true, min: new Date(0), max: new Date('2200-01-01T00:00:00Z') });

/** The 48-bit millisecond timestamp at the front of a uuid v7. */
const msOf = (id: string) => Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);

describe('event id properties', () => {
  it('seededUuidV7: the same seed and clock give the same valid uuid v7 ids, stamped with the clock', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        instant,
        fc.array(fc.integer({ min: 0, max: 86_400_000 }), { maxLength: 20 }),
        (seed, start, steps) => {
          const run = () => {
            const clock = new SimulatedClock(start);
            const next = seededUuidV7(seed, clock);
            return steps.map((step) => {
              clock.advance(step);
              return [next(), clock.now().getTime()] as const;
            });
          };
          const first = run();
          expect(run()).toEqual(first);
          for (const [id, ms] of first) {
            expect(id).toMatch(UUID_V7);
            expect(msOf(id)).toBe(ms);
          }
          expect(new Set(first.map(([id]) => id)).size).toBe(first.length);
        },
      ),
    );
  });

  it('different seeds give different ids', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (a, b) => {
        fc.pre(a !== b);
        const clock = new SimulatedClock('2020-01-01T00:00:00Z');
        expect(seededUuidV7(a, clock)()).not.toBe(seededUuidV7(b, clock)());
      }),
    );
  });

  it('uuidV7 gives valid, distinct ids', () => {
    const ids = Array.from({ length: 1000 }, () => uuidV7());
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uuidV7 ids increase in the order they are made, across pool refills, and uuid parses them back', () => {
    const ids = Array.from({ length: 2000 }, () => uuidV7());
    for (let i = 1; i < ids.length; i++) expect((ids[i - 1] as string) < (ids[i] as string)).toBe(true);
    for (const id of ids.slice(0, 50)) {
      expect(validate(id)).toBe(true);
      expect(version(id)).toBe(7);
      expect(stringify(parse(id))).toBe(id);
    }
  });

  it('a history rebuilt with the same seed and clock schedule is byte-identical, seals included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer(),
        fc.array(fc.tuple(fc.integer({ min: -3_600_000, max: 86_400_000 }), arbitraryEventToAppend()), {
          maxLength: 10,
        }),
        async (seed, appends) => {
          const build = async () => {
            const clock = new SimulatedClock('2020-01-01T00:00:00Z');
            const store = new InMemoryEventStore({ clock, newEventId: seededUuidV7(seed, clock) });
            for (const [step, event] of appends) {
              clock.advance(step);
              await store.appendToStream('s-1', 'any', [event]);
            }
            await seal(store);
            const all: RecordedEvent[] = [];
            for await (const e of store.readAll()) all.push(e);
            return JSON.stringify(all);
          };
          expect(await build()).toBe(await build());
        },
      ),
      { numRuns: 30 },
    );
  });
});
