import type { CommandRecord, PreparedAppend } from '@innoledger/kernel';
import type { Db } from '../db';
import type { Tables } from '../tables';
import { eventColumns } from './insertEvents';

/**
 * Everything an append writes, as one statement while the log lock is held: the events (the last
 * is the stream's new head and the log's), the command record, and the NOTIFY that is delivered
 * on commit. Data-modifying CTEs always run, so each part is written whether or not it is selected.
 * One round trip instead of five keeps the lock, and so every other writer's wait, short.
 */
export const writeAppend = async (
  db: Db,
  t: Tables,
  batch: PreparedAppend,
  command: CommandRecord | undefined,
): Promise<void> => {
  const last = batch.events[batch.events.length - 1];
  if (last === undefined) throw new Error('writeAppend needs at least one event');
  await db.query(
    `WITH inserted AS (
       INSERT INTO ${t.events} (global_position, stream_id, stream_version, event_id, type, schema_version,
         data, metadata, occurred_at, recorded_at, prev_hash, hash)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::integer[],
         $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
     ), command AS (
       INSERT INTO ${t.commands} (command_id, fingerprint, stream_id, version_before, version_after)
       SELECT $14::text, $15::text, $13::text, $16::bigint, $17::bigint WHERE $14::text IS NOT NULL
     )
     SELECT pg_notify($18::text, $19::text)`,
    [
      ...eventColumns(batch),
      last.streamId,
      command?.commandId ?? null,
      command?.fingerprint ?? null,
      command?.versionBefore ?? null,
      command?.versionAfter ?? null,
      t.channel,
      String(last.globalPosition),
    ],
  );
};
