import { createHash } from 'node:crypto';
import { type EventData, type JSONType, jsonEvent } from '@eventstore/db-client';
import type { RecordedEvent } from '@innoledger/kernel';
import { encodeEnvelope } from './envelope';

/**
 * The server's maximum size of one append (its `MaxAppendSize` setting, 1 MiB by default). The
 * adapter refuses bigger appends before sending them, measured as below.
 */
export const MAX_APPEND_BYTES = 1_048_576;

/** Per-event bytes besides data and metadata (id, type, content type, framing): a safe overestimate. */
const EVENT_OVERHEAD_BYTES = 128;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The server wants a UUID per event. Our event ids are uuid v7 and are used as they are; an id
 * that is not a UUID (imported from elsewhere) gets a stable UUID derived from it. Our id itself
 * is always kept in the envelope, which is what we read back.
 */
export const serverEventId = (eventId: string): string => {
  if (UUID.test(eventId)) return eventId.toLowerCase();
  const hex = createHash('sha256').update(eventId).digest('hex');
  // Version 8 ("custom") and the RFC 4122 variant bits.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** The client's event for one of ours, with its size as the append-size check counts it. */
export interface OutgoingEvent {
  readonly data: EventData;
  readonly bytes: number;
}

/** A recorded event as the client appends it: type and JSON data native, the rest in the envelope. */
export const toEventData = (event: RecordedEvent, command?: string): OutgoingEvent => {
  const metadata = encodeEnvelope({
    eventId: event.eventId,
    schemaVersion: event.schemaVersion,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    prevHash: event.prevHash,
    hash: event.hash,
    metadata: event.metadata,
    ...(command === undefined ? {} : { command }),
  });
  const bytes =
    Buffer.byteLength(JSON.stringify(event.data)) +
    Buffer.byteLength(JSON.stringify(metadata)) +
    Buffer.byteLength(event.type) +
    EVENT_OVERHEAD_BYTES;
  return {
    // Any JSON value is valid data (the client stringifies it); its type admits objects, arrays
    // and strings only, hence the widening.
    data: jsonEvent({ id: serverEventId(event.eventId), type: event.type, data: event.data as JSONType, metadata }),
    bytes,
  };
};

/** Index of the first event at which the running total passes `maxBytes`, if any. */
export const firstOverLimit = (sizes: readonly number[], maxBytes: number): number | undefined => {
  let total = 0;
  for (let i = 0; i < sizes.length; i++) {
    total += sizes[i] ?? 0;
    if (total > maxBytes) return i;
  }
  return undefined;
};

/** Splits sizes into consecutive runs each within `maxBytes` (a single oversized event is its own run). */
export const chunkBySize = (sizes: readonly number[], maxBytes: number): Array<readonly [number, number]> => {
  const chunks: Array<readonly [number, number]> = [];
  let start = 0;
  let total = 0;
  for (let i = 0; i < sizes.length; i++) {
    const size = sizes[i] ?? 0;
    if (i > start && total + size > maxBytes) {
      chunks.push([start, i]);
      start = i;
      total = 0;
    }
    total += size;
  }
  if (sizes.length > start) chunks.push([start, sizes.length]);
  return chunks;
};
