import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { decodeWith } from '../codec/decode';
import { formatFieldErrors } from '../codec/fieldErrors';
import { type CorruptEvent, corruptEvent } from '../errors/corruptEvent';
import type { Event, RecordedEvent } from './event';

/** One event type at its current schema version, with the codec for its `data`. */
export interface EventDefinition<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly schemaVersion: number;
  // biome-ignore lint/suspicious/noExplicitAny: the stored (output) form is JSON of any shape
  readonly codec: t.Type<Data, any, unknown>;
}

/**
 * Turns `data` stored at `fromVersion` into the shape of `fromVersion + 1`. Applied on read only:
 * stored history (and its hashes) is never rewritten.
 */
export interface Upcaster {
  readonly type: string;
  readonly fromVersion: number;
  readonly upcast: (data: unknown, event: RecordedEvent) => unknown;
}

/** Declares an event type; `schemaVersion` defaults to 1. */
export const defineEvent = <Type extends string, Data>(
  type: Type,
  // biome-ignore lint/suspicious/noExplicitAny: see EventDefinition
  codec: t.Type<Data, any, unknown>,
  schemaVersion = 1,
): EventDefinition<Type, Data> => ({ type, codec, schemaVersion });

/**
 * Any typed definition. `t.Type` is invariant in its data type (`decode` returns it, `encode` takes
 * it), so `EventDefinition<string, unknown>` admits no typed definition; only `any` admits them all.
 */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type AnyEventDefinition = EventDefinition<string, any>;

/** The event union described by a list of definitions. */
export type EventOf<D extends AnyEventDefinition> = D extends EventDefinition<infer T, infer A> ? Event<T, A> : never;

/** Knows every event type of a module: decodes (and upcasts) on read, encodes and checks on write. */
export interface EventRegistry<E extends Event = Event> {
  readonly types: ReadonlySet<string>;
  /** Current schema version of a type, or undefined for an unknown type. */
  schemaVersionOf(type: string): number | undefined;
  /** Upcasts and decodes a stored event; an unknown type or refused data is a {@link CorruptEvent}. */
  decode(recorded: RecordedEvent): Either<CorruptEvent, RecordedEvent<E>>;
  /** Encodes an event's data to its stored JSON form, checking it against its codec. */
  encode(event: E): Either<{ path: string; message: string }, { schemaVersion: number; data: unknown }>;
}

/**
 * True when a codec's stored form is the value itself: io-ts gives such codecs (types, partials,
 * unions, brands of identity codecs) `identity` as their encode; an intersection merges what its
 * members encode, which is the value itself when each of them is.
 */
const encodesAsIs = (codec: t.Mixed): boolean =>
  codec.encode === t.identity || (codec instanceof t.IntersectionType && codec.types.every(encodesAsIs));

/** Builds a registry; registries compose by passing the definitions of several modules. */
export const createEventRegistry = <D extends AnyEventDefinition>(
  definitions: readonly D[],
  upcasters: readonly Upcaster[] = [],
): EventRegistry<EventOf<D>> => {
  const byType = new Map<string, AnyEventDefinition>();
  for (const def of definitions) {
    if (byType.has(def.type)) throw new Error(`event type ${def.type} is defined twice`);
    byType.set(def.type, def);
  }
  const storedAsIs = new Set<AnyEventDefinition>(definitions.filter((def) => encodesAsIs(def.codec)));
  const upcasterFor = new Map<string, Upcaster>();
  for (const u of upcasters) upcasterFor.set(`${u.type}@${u.fromVersion}`, u);

  const decode = (recorded: RecordedEvent): Either<CorruptEvent, RecordedEvent<EventOf<D>>> => {
    const where = {
      streamId: recorded.streamId,
      streamVersion: recorded.streamVersion,
      globalPosition: recorded.globalPosition,
    };
    const def = byType.get(recorded.type);
    if (!def)
      return left(
        corruptEvent({ ...where, path: 'type', message: `unknown event type ${JSON.stringify(recorded.type)}` }),
      );
    let data = recorded.data;
    let version = recorded.schemaVersion;
    while (version < def.schemaVersion) {
      const upcaster = upcasterFor.get(`${recorded.type}@${version}`);
      if (!upcaster) {
        return left(
          corruptEvent({
            ...where,
            path: 'schemaVersion',
            message: `no upcaster for ${recorded.type} from schema version ${version}`,
          }),
        );
      }
      data = upcaster.upcast(data, recorded);
      version += 1;
    }
    if (version > def.schemaVersion) {
      return left(
        corruptEvent({
          ...where,
          path: 'schemaVersion',
          message: `schema version ${version} is newer than this code knows (${def.schemaVersion})`,
        }),
      );
    }
    // A codec whose stored form is its type decodes anything its type guard accepts to that very
    // value, by io-ts's laws, and the guard builds no contexts (a few per cent of a replay).
    // Anything else is decoded, which names the field that is wrong.
    const decoded = storedAsIs.has(def) && def.codec.is(data) ? right(data) : decodeWith(def.codec, data, 'data');
    if (isLeft(decoded)) {
      return left(
        corruptEvent({ ...where, path: decoded.left[0]?.path ?? 'data', message: formatFieldErrors(decoded.left) }),
      );
    }
    const out =
      version === recorded.schemaVersion && decoded.right === recorded.data
        ? recorded
        : { ...recorded, schemaVersion: version, data: decoded.right };
    return right(out as RecordedEvent<EventOf<D>>);
  };

  const encode: EventRegistry<EventOf<D>>['encode'] = (event) => {
    const def = byType.get(event.type);
    if (!def) return left({ path: 'type', message: `unknown event type ${JSON.stringify(event.type)}` });
    // What is stored must read back. For data the codec's type guard accepts, io-ts's first law
    // (decode(encode(a)) is right(a)) guarantees it, at a fraction of the cost of decoding, which
    // builds a context per field; anything else is decoded, which names the field that is wrong.
    const encoded: unknown = def.codec.encode(event.data);
    if (def.codec.is(event.data)) return right({ schemaVersion: def.schemaVersion, data: encoded });
    const check = decodeWith(def.codec, encoded, 'data');
    if (isLeft(check)) return left({ path: check.left[0]?.path ?? 'data', message: formatFieldErrors(check.left) });
    return right({ schemaVersion: def.schemaVersion, data: encoded });
  };

  return {
    types: new Set(byType.keys()),
    schemaVersionOf: (type) => byType.get(type)?.schemaVersion,
    decode,
    encode,
  };
};
