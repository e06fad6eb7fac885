import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { type InvalidEvent, invalidEvent } from '../errors/invalidEvent';
import type { EventMetadata, EventToAppend, RecordedEvent } from '../events/event';
import { canonicalForm, canonicalJson, NotCanonicalJson } from '../history/canonicalJson';
import { GENESIS_HASH, hashCanonicalText, writeEventText } from '../history/hash';
import type { EventIdGenerator } from '../ids/eventIds';
import { isWellFormedText } from '../text/wellFormed';
import { isBusinessDate } from '../time/businessDate';
import type { Clock } from '../time/clock';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The last event of a stream as far as appending cares: 0 / GENESIS_HASH for a new stream. */
export interface StreamHead {
  readonly version: number;
  readonly hash: string;
}

export const EMPTY_HEAD: StreamHead = { version: 0, hash: GENESIS_HASH };

/**
 * A batch ready to store: the recorded events, and beside them (by index) the stored text of each
 * one's data and metadata, so adapters never serialise a payload twice. The texts travel beside the
 * events rather than on them, so the events are the very objects an append returns, not copies.
 */
export interface PreparedAppend {
  readonly events: readonly RecordedEvent[];
  readonly dataJson: readonly string[];
  readonly metadataJson: readonly string[];
}

export interface PrepareContext {
  readonly head: StreamHead;
  /** Position the first event gets. */
  readonly nextGlobalPosition: number;
  /** recordedAt of the store's last event, if any: recordedAt never goes backwards. */
  readonly lastRecordedAt: string | undefined;
  readonly clock: Clock;
  readonly newEventId: EventIdGenerator;
  /**
   * The store's `capabilities.maxAppendBytes`: the UTF-8 size of the batch's stored data and
   * metadata text may not exceed it. Checked here so every adapter refuses alike, before writing.
   */
  readonly maxAppendBytes?: number | undefined;
}

const METADATA_KEYS = new Set(['actor', 'commandId', 'correlationId', 'causationId', 'source']);

const checkMetadata = (metadata: unknown): string | undefined => {
  if (metadata === undefined) return undefined;
  if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) return 'must be an object';
  for (const [key, value] of Object.entries(metadata)) {
    if (!METADATA_KEYS.has(key)) return `unknown field ${key}`;
    if (value !== undefined && typeof value !== 'string') return `${key} must be a string`;
  }
  return undefined;
};

const EMPTY_METADATA: EventMetadata = Object.freeze({});

// The last instant written out: commands within one millisecond share its text, and toISOString
// had cost as much as preparing a one-event command's other fields.
let isoMs = Number.NaN;
let isoText = '';
const isoTextOf = (instant: Date): string => {
  const ms = instant.getTime();
  if (ms !== isoMs) {
    isoText = instant.toISOString();
    isoMs = ms;
  }
  return isoText;
};

/** `data[1]` for a bad element of array data, `data.amount` for a field. */
const dataPath = (inner: string): string =>
  inner === '' ? 'data' : inner.startsWith('[') ? `data${inner}` : `data.${inner}`;

/**
 * Validates a batch and turns it into recorded events with ids, versions, positions, one
 * `recordedAt` and the hash chain. Every adapter calls this inside its transaction, so the rules
 * for what may be stored, and how it is hashed, live in one place.
 */
export const prepareAppend = (
  streamId: string,
  events: readonly EventToAppend[],
  ctx: PrepareContext,
): Either<InvalidEvent, PreparedAppend> => {
  const now = isoTextOf(ctx.clock.now());
  const recordedAt = ctx.lastRecordedAt !== undefined && ctx.lastRecordedAt > now ? ctx.lastRecordedAt : now;
  const refuse = (i: number, e: EventToAppend | undefined, path: string, message: string) =>
    left(invalidEvent(streamId, i, typeof e?.type === 'string' ? e.type : String(e?.type), path, message));
  const out: RecordedEvent[] = [];
  const dataTexts: string[] = [];
  const metadataTexts: string[] = [];
  let prevHash = ctx.head.hash;
  // The JSON literals of the hash input that the batch's events share, quoted once. Every prevHash
  // after the head's is a hex digest made here, and a valid business date is digits and dashes:
  // neither has anything to escape.
  let prevHashJson = JSON.stringify(prevHash);
  const streamIdJson = JSON.stringify(streamId);
  const recordedAtJson = JSON.stringify(recordedAt);
  let type = '';
  let typeJson = '""';
  let bytes = 0;
  // A command's events usually share one metadata object: it is checked, canonicalised and parsed
  // back once, and the events share the (frozen) parsed copy.
  let seenMetadata: EventMetadata | undefined;
  let seenMetadataJson = '';
  let storedMetadata: EventMetadata = EMPTY_METADATA;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as EventToAppend;
    if (typeof e?.type !== 'string' || e.type.length === 0) return refuse(i, e, 'type', 'must be a non-empty string');
    if (!isWellFormedText(e.type)) return refuse(i, e, 'type', 'holds a lone UTF-16 surrogate');
    if (!isBusinessDate(e.occurredAt))
      return refuse(i, e, 'occurredAt', `must be a calendar date YYYY-MM-DD, got ${JSON.stringify(e.occurredAt)}`);
    const schemaVersion = e.schemaVersion ?? 1;
    if (!Number.isSafeInteger(schemaVersion) || schemaVersion < 1)
      return refuse(i, e, 'schemaVersion', 'must be a positive integer');
    const metadata: EventMetadata = e.metadata ?? EMPTY_METADATA;
    let metadataJson: string;
    if (metadata === seenMetadata) {
      metadataJson = seenMetadataJson;
    } else {
      const metadataProblem = checkMetadata(e.metadata);
      if (metadataProblem) return refuse(i, e, 'metadata', metadataProblem);
      metadataJson = canonicalJson(metadata);
      seenMetadata = metadata;
      seenMetadataJson = metadataJson;
      storedMetadata =
        metadataJson === '{}' ? EMPTY_METADATA : Object.freeze(JSON.parse(metadataJson) as EventMetadata);
    }
    if (e.data === undefined) return refuse(i, e, 'data', 'is required');
    let dataJson: string;
    let data: unknown;
    try {
      // The stored value is the canonical text parsed back (or the copy that equals it), so readers
      // get exactly what was hashed, and nothing the caller still holds.
      ({ json: dataJson, value: data } = canonicalForm(e.data));
    } catch (error) {
      if (error instanceof NotCanonicalJson) return refuse(i, e, dataPath(error.path), error.reason);
      throw error;
    }
    if (ctx.maxAppendBytes !== undefined) {
      bytes += Buffer.byteLength(dataJson) + Buffer.byteLength(metadataJson);
      if (bytes > ctx.maxAppendBytes)
        return refuse(
          i,
          e,
          'data',
          `the append reaches ${bytes} bytes, above this store's limit of ${ctx.maxAppendBytes}`,
        );
    }
    // Written out field by field: an object spread of a dozen fields costs more here than hashing.
    // The hash is filled in once the text of the other fields is known (same object shape).
    const event: Mutable<RecordedEvent> = {
      eventId: ctx.newEventId(),
      type: e.type,
      schemaVersion,
      data,
      streamId,
      streamVersion: ctx.head.version + i + 1,
      occurredAt: e.occurredAt,
      recordedAt,
      metadata: storedMetadata,
      prevHash,
      globalPosition: ctx.nextGlobalPosition + i,
      hash: '',
    };
    if (e.type !== type) {
      type = e.type;
      typeJson = JSON.stringify(type);
    }
    const text = writeEventText(
      dataJson,
      JSON.stringify(event.eventId),
      metadataJson,
      `"${e.occurredAt}"`,
      prevHashJson,
      recordedAtJson,
      schemaVersion,
      streamIdJson,
      event.streamVersion,
      typeJson,
    );
    const hash = hashCanonicalText(prevHash, text);
    event.hash = hash;
    out.push(event);
    dataTexts.push(dataJson);
    metadataTexts.push(metadataJson);
    prevHash = hash;
    prevHashJson = `"${hash}"`;
  }
  return right({ events: out, dataJson: dataTexts, metadataJson: metadataTexts });
};
