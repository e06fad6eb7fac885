import { hash } from 'node:crypto';
import type { RecordedEvent } from '../events/event';
import { canonicalJson } from './canonicalJson';

/** The prevHash of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields a hash covers: everything but `globalPosition` (which differs between stores) and `hash`. */
export type HashedFields = Omit<RecordedEvent, 'globalPosition' | 'hash'>;

/**
 * The canonical text of an event's hashed fields from the JSON text of each, in key order. The one
 * template behind {@link canonicalEventText} and the append path, which quotes what a batch's events
 * share once per batch: six `JSON.stringify` calls per event had cost as much as the hashing.
 */
export const writeEventText = (
  dataJson: string,
  eventIdJson: string,
  metadataJson: string,
  occurredAtJson: string,
  prevHashJson: string,
  recordedAtJson: string,
  schemaVersion: number,
  streamIdJson: string,
  streamVersion: number,
  typeJson: string,
): string =>
  `{"data":${dataJson},"eventId":${eventIdJson},"metadata":${metadataJson},"occurredAt":${occurredAtJson},"prevHash":${prevHashJson},"recordedAt":${recordedAtJson},"schemaVersion":${schemaVersion},"streamId":${streamIdJson},"streamVersion":${streamVersion},"type":${typeJson}}`;

/**
 * Canonical JSON of the hashed fields, given the canonical JSON of `data` and `metadata`. Written
 * out with the keys already in sorted order so that the append path canonicalises the payload once
 * and reuses it as the stored text; `canonicalJson` of the same object gives the same bytes (a
 * property test checks it).
 */
export const canonicalEventText = (e: HashedFields, dataJson: string, metadataJson: string): string =>
  writeEventText(
    dataJson,
    JSON.stringify(e.eventId),
    metadataJson,
    JSON.stringify(e.occurredAt),
    JSON.stringify(e.prevHash),
    JSON.stringify(e.recordedAt),
    e.schemaVersion,
    JSON.stringify(e.streamId),
    e.streamVersion,
    JSON.stringify(e.type),
  );

/** SHA-256 of a string's UTF-8 bytes, hex. */
export const sha256Hex = (text: string): string => hash('sha256', text, 'hex');

/** `sha256(prevHash ‖ canonical text)`, hex. */
export const hashCanonicalText = (prevHash: string, text: string): string =>
  // One-shot hashing of the joined text: the same bytes as two updates, without a Hash object.
  sha256Hex(prevHash + text);

/** The hash an event must carry, recomputed from its fields. */
export const hashEvent = (e: HashedFields): string =>
  hashCanonicalText(e.prevHash, canonicalEventText(e, canonicalJson(e.data), canonicalJson(e.metadata)));
