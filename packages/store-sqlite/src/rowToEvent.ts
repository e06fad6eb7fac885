import { type CorruptEvent, corruptEvent, type EventMetadata, type RecordedEvent } from '@innoledger/kernel';
import { type Either, left, right } from 'fp-ts/lib/Either.js';

/** The columns every event query selects, in the order rowToEvent reads them. */
export const EVENT_COLUMNS =
  'global_position, stream_id, stream_version, event_id, type, schema_version, data, metadata, occurred_at, recorded_at, prev_hash, hash';

/** A row as better-sqlite3 hands it over; typed `unknown` because a damaged file can hold anything. */
export type EventRow = Readonly<Record<string, unknown>>;

const isPositiveInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;

// Only the shape is checked: appends validate each field, and imports copy verbatim what another
// store held, which this store must hand back unchanged rather than call corrupt.
const isJsonObject = (value: unknown): value is EventMetadata =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A row as `.raw()` statements hand it over: the columns of {@link EVENT_COLUMNS}, in that order. */
export type EventRowValues = readonly unknown[];

const corruptAt = (
  position: unknown,
  streamId: unknown,
  version: unknown,
  path: string,
  message: string,
): Either<CorruptEvent, RecordedEvent> =>
  left(
    corruptEvent({
      streamId: typeof streamId === 'string' ? streamId : String(streamId),
      streamVersion: isPositiveInteger(version) ? version : undefined,
      globalPosition: isPositiveInteger(position) ? position : undefined,
      path,
      message,
    }),
  );

const notJson = (error: unknown): string =>
  `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;

// The checks take the twelve columns as arguments so that object rows and the cheaper array rows
// share them; the CorruptEvent of a bad row is built only when one fails.
const fromColumns = (
  position: unknown,
  streamId: unknown,
  version: unknown,
  eventId: unknown,
  type: unknown,
  schemaVersion: unknown,
  dataText: unknown,
  metadataText: unknown,
  occurredAt: unknown,
  recordedAt: unknown,
  prevHash: unknown,
  hash: unknown,
): Either<CorruptEvent, RecordedEvent> => {
  if (!isPositiveInteger(position))
    return corruptAt(position, streamId, version, 'globalPosition', 'is not a positive integer');
  if (typeof streamId !== 'string' || streamId.length === 0)
    return corruptAt(position, streamId, version, 'streamId', 'is not a non-empty string');
  if (!isPositiveInteger(version))
    return corruptAt(position, streamId, version, 'streamVersion', 'is not a positive integer');
  if (typeof eventId !== 'string') return corruptAt(position, streamId, version, 'eventId', 'is not a string');
  if (typeof type !== 'string') return corruptAt(position, streamId, version, 'type', 'is not a string');
  if (typeof occurredAt !== 'string') return corruptAt(position, streamId, version, 'occurredAt', 'is not a string');
  if (typeof recordedAt !== 'string') return corruptAt(position, streamId, version, 'recordedAt', 'is not a string');
  if (typeof prevHash !== 'string') return corruptAt(position, streamId, version, 'prevHash', 'is not a string');
  if (typeof hash !== 'string') return corruptAt(position, streamId, version, 'hash', 'is not a string');
  if (!isPositiveInteger(schemaVersion))
    return corruptAt(position, streamId, version, 'schemaVersion', 'is not a positive integer');
  if (typeof dataText !== 'string') return corruptAt(position, streamId, version, 'data', 'is not JSON text');
  if (typeof metadataText !== 'string') return corruptAt(position, streamId, version, 'metadata', 'is not JSON text');
  let data: unknown;
  try {
    data = JSON.parse(dataText);
  } catch (error) {
    return corruptAt(position, streamId, version, 'data', notJson(error));
  }
  let metadata: unknown;
  try {
    metadata = JSON.parse(metadataText);
  } catch (error) {
    return corruptAt(position, streamId, version, 'metadata', notJson(error));
  }
  if (!isJsonObject(metadata)) return corruptAt(position, streamId, version, 'metadata', 'is not a JSON object');
  return right({
    eventId,
    type,
    schemaVersion,
    data,
    streamId,
    streamVersion: version,
    globalPosition: position,
    occurredAt,
    recordedAt,
    metadata,
    prevHash,
    hash,
  });
};

/**
 * The one place a stored row becomes a {@link RecordedEvent}. Anything unreadable (broken JSON, a
 * missing or ill-typed column) is a `CorruptEvent` naming the stream, version and position, so an
 * operator can find the row. Whether `type` and `data` mean anything is the registry's business.
 */
export const rowToEvent = (row: EventRow): Either<CorruptEvent, RecordedEvent> =>
  fromColumns(
    row.global_position,
    row.stream_id,
    row.stream_version,
    row.event_id,
    row.type,
    row.schema_version,
    row.data,
    row.metadata,
    row.occurred_at,
    row.recorded_at,
    row.prev_hash,
    row.hash,
  );

/** {@link rowToEvent} for a row read as an array of {@link EVENT_COLUMNS} (a `.raw()` statement). */
export const rowValuesToEvent = (v: EventRowValues): Either<CorruptEvent, RecordedEvent> =>
  fromColumns(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]);
