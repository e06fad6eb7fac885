import { EMPTY_HEAD, hashEvent, prepareAppend, SimulatedClock, seededUuidV7 } from '@innoledger/kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toEventData } from './toEventData';
import { toRecordedEvent } from './toRecordedEvent';

/** The client stringifies data and metadata; the server keeps the bytes; the client parses them back. */
const overTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const batch = fc.array(
  fc.record({
    type: fc.string({ minLength: 1 }),
    data: fc.jsonValue(),
    occurredAt: fc.constantFrom('2020-01-02', '2020-12-31'),
    schemaVersion: fc.integer({ min: 1, max: 5 }),
    metadata: fc.record({ actor: fc.string(), source: fc.string() }, { requiredKeys: [] }),
  }),
  { minLength: 1, maxLength: 5 },
);

describe('an event survives the trip through the server', () => {
  it('reads back equal, with a hash that still verifies', () => {
    fc.assert(
      fc.property(
        batch,
        fc.integer({ min: 0, max: 1000 }),
        fc.option(fc.string(), { nil: undefined }),
        (events, before, command) => {
          const clock = new SimulatedClock('2020-06-01T00:00:00Z');
          const prepared = prepareAppend('stream-1', events, {
            head: before === 0 ? EMPTY_HEAD : { version: before, hash: 'c'.repeat(64) },
            nextGlobalPosition: 1,
            lastRecordedAt: undefined,
            clock,
            newEventId: seededUuidV7(7, clock),
          });
          if (prepared._tag === 'Left') throw new Error(JSON.stringify(prepared.left));
          prepared.right.events.forEach((event, i) => {
            const { data: sent } = toEventData(event, command);
            const received = toRecordedEvent(
              {
                type: sent.type,
                revision: BigInt(event.streamVersion - 1),
                isJson: sent.contentType === 'application/json',
                data: overTheWire(sent.data),
                metadata: overTheWire(sent.metadata),
              },
              'stream-1',
              100 + i,
            );
            expect(received).toEqual({ _tag: 'Right', right: { ...event, globalPosition: 100 + i } });
            if (received._tag === 'Right') expect(hashEvent(received.right)).toBe(event.hash);
          });
        },
      ),
    );
  });
});
