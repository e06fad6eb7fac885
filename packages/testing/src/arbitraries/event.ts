import type { EventMetadata, EventToAppend } from '@innoledger/kernel';
import fc from 'fast-check';
import { arbitraryBusinessDate } from './businessDate';
import { arbitraryJsonString, arbitraryJsonValue } from './json';

/** Metadata with any subset of the known fields. */
export const arbitraryEventMetadata = (): fc.Arbitrary<EventMetadata> =>
  fc.record(
    {
      actor: arbitraryJsonString(),
      commandId: arbitraryJsonString(),
      correlationId: arbitraryJsonString(),
      causationId: arbitraryJsonString(),
      source: arbitraryJsonString(),
    },
    { requiredKeys: [] },
  );

/** A valid event to append: any JSON data, a real business date, optional schema version and metadata. */
export const arbitraryEventToAppend = (): fc.Arbitrary<EventToAppend> =>
  fc
    .record(
      {
        type: fc.oneof(fc.constantFrom('ThingHappened', 'OtherThingHappened', '合同已登记'), arbitraryJsonString(10)),
        data: arbitraryJsonValue(),
        occurredAt: arbitraryBusinessDate(),
        schemaVersion: fc.integer({ min: 1, max: 5 }),
        metadata: arbitraryEventMetadata(),
      },
      { requiredKeys: ['type', 'data', 'occurredAt'] },
    )
    .filter((e) => e.type.length > 0);
