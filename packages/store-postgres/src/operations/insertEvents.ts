import type { PreparedAppend, RecordedEvent } from '@innoledger/kernel';
import type { Db } from '../db';
import type { Tables } from '../tables';

/** A column of the events table: an event's field, or the stored text of its data or metadata. */
export type EventField = Exclude<keyof RecordedEvent, 'data' | 'metadata'> | 'dataJson' | 'metadataJson';

/**
 * The given fields of every event, each as one array: one array parameter per column. The texts
 * already are such arrays, as the kernel's `prepareAppend` produces them.
 */
export const columnsOf = (batch: PreparedAppend, fields: readonly EventField[]): unknown[] =>
  fields.map((field) =>
    field === 'dataJson'
      ? batch.dataJson
      : field === 'metadataJson'
        ? batch.metadataJson
        : batch.events.map((e) => e[field]),
  );

/** The twelve event columns, in the order of `insertEvents`'s column list ($1..$12). */
export const EVENT_FIELDS: readonly EventField[] = [
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
];

/** The twelve event columns as array parameters; appends and imports send their rows the same way. */
export const eventColumns = (batch: PreparedAppend): unknown[] => columnsOf(batch, EVENT_FIELDS);

/** One multi-row INSERT: each column travels as one array parameter, whatever the batch size. */
export const insertEvents = async (db: Db, t: Tables, batch: PreparedAppend): Promise<void> => {
  if (batch.events.length === 0) return;
  await db.query(
    `INSERT INTO ${t.events} (global_position, stream_id, stream_version, event_id, type, schema_version,
       data, metadata, occurred_at, recorded_at, prev_hash, hash)
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::integer[],
       $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])`,
    eventColumns(batch),
  );
};
