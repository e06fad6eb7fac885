// The round trips codec properties assert: through JSON text, as a store or a file carries values.
import type { Event, EventRegistry } from '@innoledger/kernel';
import { recordedEvents } from '@innoledger/testing';
import { type Either, isLeft, map } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';

/** The value as it comes back from JSON text. */
export const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Encodes, goes through JSON text, and decodes again. */
export const roundTrip = <A, O>(codec: t.Type<A, O, unknown>, value: A): t.Validation<A> =>
  codec.decode(viaJson(codec.encode(value)));

/**
 * Encodes an event with its registry, goes through JSON text, and decodes it as a store would hand
 * it back (a recorded event with its envelope): the event's data, or why it was refused.
 */
export const registryRoundTrip = <E extends Event>(
  registry: EventRegistry<E>,
  event: E,
): Either<unknown, E['data']> => {
  const encoded = registry.encode(event);
  if (isLeft(encoded)) return encoded;
  const { schemaVersion, data } = encoded.right;
  const [recorded] = recordedEvents([{ type: event.type, data: viaJson(data), schemaVersion }]);
  if (recorded === undefined) throw new Error('recordedEvents returned nothing');
  return map((decoded: { readonly data: E['data'] }) => decoded.data)(registry.decode(recorded));
};
