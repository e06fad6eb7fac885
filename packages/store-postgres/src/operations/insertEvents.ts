import type { RecordedEvent } from '@innoledger/kernel';
import type { Db } from '../db';
import type { Tables } from '../tables';

/** A recorded event with its stored JSON text, as the kernel's `prepareAppend` produces it. */
export interface StoredEvent extends RecordedEvent {
  readonly dataJson: string;
  readonly metadataJson: string;
}

/** The given fields of every event, each as one array: one array parameter per column. */
export const columnsOf = <K extends keyof StoredEvent>(
  events: readonly StoredEvent[],
  fields: readonly K[],
): unknown[] => fields.map((field) => events.map((e) => e[field]));

/** The twelve event columns, in the order of `insertEvents`'s column list ($1..$12). */
export const EVENT_FIELDS = [
  'globalPosition',
  'streamId',
  'streamVersion',
  'eventId',
  'type',
  'schemaVersion',
  'dataJson',
  'metadataJson',
  'occurredAt',
  'recordedAt',
  'prevHash',
  'hash',
] as const;

/** The twelve event columns as array parameters; appends and imports send their rows the same way. */
export const eventColumns = (events: readonly StoredEvent[]): unknown[] => columnsOf(events, EVENT_FIELDS);

/** One multi-row INSERT: each column travels as one array parameter, whatever the batch size. */
export const insertEvents = async (db: Db, t: Tables, events: readonly StoredEvent[]): Promise<void> => {
  if (events.length === 0) return;
  await db.query(
    `INSERT INTO ${t.events} (global_position, stream_id, stream_version, event_id, type, schema_version,
       data, metadata, occurred_at, recorded_at, prev_hash, hash)
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::integer[],
       $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])`,
    eventColumns(events),
  );
};
