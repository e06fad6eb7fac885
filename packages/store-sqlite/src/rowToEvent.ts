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

const TEXT_COLUMNS = [
  ['event_id', 'eventId'],
  ['type', 'type'],
  ['occurred_at', 'occurredAt'],
  ['recorded_at', 'recordedAt'],
  ['prev_hash', 'prevHash'],
  ['hash', 'hash'],
] as const;

// Built only for a row that fails: per-row closures and result objects cost more than the checks.
const corruptRow = (row: EventRow, path: string, message: string): Either<CorruptEvent, RecordedEvent> => {
  const position = row.global_position;
  const version = row.stream_version;
  return left(
    corruptEvent({
      streamId: typeof row.stream_id === 'string' ? row.stream_id : String(row.stream_id),
      streamVersion: isPositiveInteger(version) ? version : undefined,
      globalPosition: isPositiveInteger(position) ? position : undefined,
      path,
      message,
    }),
  );
};

const notJson = (error: unknown): string =>
  `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;

/**
 * The one place a stored row becomes a {@link RecordedEvent}. Anything unreadable (broken JSON, a
 * missing or ill-typed column) is a `CorruptEvent` naming the stream, version and position, so an
 * operator can find the row. Whether `type` and `data` mean anything is the registry's business.
 */
export const rowToEvent = (row: EventRow): Either<CorruptEvent, RecordedEvent> => {
  const position = row.global_position;
  const version = row.stream_version;
  if (!isPositiveInteger(position)) return corruptRow(row, 'globalPosition', 'is not a positive integer');
  if (typeof row.stream_id !== 'string' || row.stream_id.length === 0)
    return corruptRow(row, 'streamId', 'is not a non-empty string');
  if (!isPositiveInteger(version)) return corruptRow(row, 'streamVersion', 'is not a positive integer');
  for (const [column, field] of TEXT_COLUMNS) {
    if (typeof row[column] !== 'string') return corruptRow(row, field, 'is not a string');
  }
  if (!isPositiveInteger(row.schema_version)) return corruptRow(row, 'schemaVersion', 'is not a positive integer');
  if (typeof row.data !== 'string') return corruptRow(row, 'data', 'is not JSON text');
  if (typeof row.metadata !== 'string') return corruptRow(row, 'metadata', 'is not JSON text');
  let data: unknown;
  try {
    data = JSON.parse(row.data);
  } catch (error) {
    return corruptRow(row, 'data', notJson(error));
  }
  let metadata: unknown;
  try {
    metadata = JSON.parse(row.metadata);
  } catch (error) {
    return corruptRow(row, 'metadata', notJson(error));
  }
  if (!isJsonObject(metadata)) return corruptRow(row, 'metadata', 'is not a JSON object');
  return right({
    eventId: row.event_id as string,
    type: row.type as string,
    schemaVersion: row.schema_version,
    data,
    streamId: row.stream_id,
    streamVersion: version,
    globalPosition: position,
    occurredAt: row.occurred_at as string,
    recordedAt: row.recorded_at as string,
    metadata,
    prevHash: row.prev_hash as string,
    hash: row.hash as string,
  });
};
