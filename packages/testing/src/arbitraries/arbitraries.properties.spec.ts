import { canonicalJson, checkStreamId, InMemoryEventStore, isBusinessDate } from '@innoledger/kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryBusinessDate } from './businessDate';
import { arbitraryEventToAppend } from './event';
import { arbitraryJsonValue } from './json';
import { arbitraryStreamId } from './streamId';

describe('arbitraries', () => {
  it('arbitraryJsonValue survives JSON and canonical JSON unchanged', () => {
    fc.assert(
      fc.property(arbitraryJsonValue(), (value) => {
        expect(JSON.parse(JSON.stringify(value))).toEqual(value);
        expect(JSON.parse(canonicalJson(value))).toEqual(value);
        expect(Object.is(value, -0)).toBe(false);
      }),
    );
  });

  it('arbitraryStreamId gives ids every store must accept: non-empty, no NUL, not reserved', () => {
    fc.assert(
      fc.property(arbitraryStreamId(), (id) => {
        expect(checkStreamId(id)).toEqual({ _tag: 'Right', right: id });
      }),
    );
  });

  it('arbitraryBusinessDate stays in its range', () => {
    fc.assert(
      fc.property(arbitraryBusinessDate({ min: '2020-01-01', max: '2020-12-31' }), (d) => {
        expect(isBusinessDate(d) && d >= '2020-01-01' && d <= '2020-12-31').toBe(true);
      }),
    );
    expect(() => arbitraryBusinessDate({ min: '2020-02-30' })).toThrow(RangeError);
  });

  it('arbitraryEventToAppend gives events a store accepts and reads back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryStreamId(),
        fc.array(arbitraryEventToAppend(), { minLength: 1, maxLength: 4 }),
        async (streamId, events) => {
          const store = new InMemoryEventStore();
          const appended = await store.appendToStream(streamId, 'no_stream', events);
          expect(appended._tag).toBe('Right');
          const read = await store.readStream(streamId);
          const stored = read._tag === 'Right' ? read.right : [];
          expect(stored.map((e) => [e.type, e.data, e.occurredAt, e.schemaVersion, e.metadata])).toEqual(
            events.map((e) => [e.type, e.data, e.occurredAt, e.schemaVersion ?? 1, e.metadata ?? {}]),
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});
