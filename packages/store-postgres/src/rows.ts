import { type CorruptEvent, corruptEvent, type EventMetadata, type RecordedEvent } from '@innoledger/kernel';
import { type Either, left, right } from 'fp-ts/lib/Either.js';

/** The columns of `events`, in the order every SELECT names them. */
export const EVENT_COLUMNS =
  'global_position, stream_id, stream_version, event_id, type, schema_version, data, metadata, occurred_at, recorded_at, prev_hash, hash';

/** An `events` row as the driver returns it: bigint columns arrive as strings. */
export interface EventRow {
  readonly global_position: string;
  readonly stream_id: string;
  readonly stream_version: string;
  readonly event_id: string;
  readonly type: string;
  readonly schema_version: number;
  readonly data: string;
  readonly metadata: string;
  readonly occurred_at: string;
  readonly recorded_at: string;
  readonly prev_hash: string;
  readonly hash: string;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false; message: string } => {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
};

/**
 * Turns a row back into a recorded event. Only what SQL cannot guarantee is checked (the JSON
 * columns and an empty type); a failure names the row so an operator can find it.
 */
export const rowToEvent = (row: EventRow): Either<CorruptEvent, RecordedEvent> => {
  const streamVersion = Number(row.stream_version);
  const globalPosition = Number(row.global_position);
  const corrupt = (path: string, message: string) =>
    left(corruptEvent({ streamId: row.stream_id, streamVersion, globalPosition, path, message }));
  if (row.type.length === 0) return corrupt('type', 'is empty');
  const data = parseJson(row.data);
  if (!data.ok) return corrupt('data', data.message);
  const metadata = parseJson(row.metadata);
  if (!metadata.ok) return corrupt('metadata', metadata.message);
  if (!isPlainObject(metadata.value)) return corrupt('metadata', 'is not a JSON object');
  return right({
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: data.value,
    streamId: row.stream_id,
    streamVersion,
    globalPosition,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    metadata: metadata.value as EventMetadata,
    prevHash: row.prev_hash,
    hash: row.hash,
  });
};
