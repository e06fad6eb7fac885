import fc from 'fast-check';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { arbitraryEventToAppend, arbitraryStreamId } from '../../../testing/src/index';
import { canonicalJson } from '../history/canonicalJson';
import { hashEvent } from '../history/hash';
import { SimulatedClock } from '../time/clock';
import { prepareAppend } from './prepareAppend';

describe('prepareAppend properties', () => {
  // The append path writes the hash input from literals quoted once per batch; whatever the stream,
  // types, ids or head, it must hash exactly what hashEvent recomputes from the recorded fields.
  it('every prepared hash is the hash of the recorded event, chained from any head', () => {
    fc.assert(
      fc.property(
        arbitraryStreamId(),
        fc.array(arbitraryEventToAppend(), { minLength: 1, maxLength: 6 }),
        fc.record({
          version: fc.nat({ max: 1000 }),
          hash: fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), fc.string(), fc.string({ unit: 'binary' })),
        }),
        fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 6, maxLength: 6 }),
        (streamId, events, head, ids) => {
          let next = 0;
          const prepared = prepareAppend(streamId, events, {
            head,
            nextGlobalPosition: 1,
            lastRecordedAt: undefined,
            clock: new SimulatedClock('2020-06-30T16:00:00.000Z'),
            newEventId: () => ids[next++] as string,
          });
          expect(isRight(prepared)).toBe(true);
          if (!isRight(prepared)) return;
          let prevHash = head.hash;
          const { events: recorded, dataJson, metadataJson } = prepared.right;
          expect([dataJson.length, metadataJson.length]).toEqual([recorded.length, recorded.length]);
          recorded.forEach((e, i) => {
            expect(e.prevHash).toBe(prevHash);
            expect(hashEvent(e)).toBe(e.hash);
            expect([dataJson[i], metadataJson[i]]).toEqual([canonicalJson(e.data), canonicalJson(e.metadata)]);
            prevHash = e.hash;
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
