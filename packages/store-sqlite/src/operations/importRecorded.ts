import { canonicalJson, checkStreamId, type ImportError, importRefused, type RecordedEvent } from '@innoledger/kernel';
import type Database from 'better-sqlite3';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { type ErrorContext, importFailure } from '../errors';
import { headPosition } from './headPosition';
import { streamHead } from './streamHead';

export type ImportRecorded = (events: readonly RecordedEvent[]) => Either<ImportError, number>;

/**
 * Copies recorded events verbatim, each taking the next global position, in one IMMEDIATE
 * transaction: the whole batch is checked for version continuity against the stored heads before
 * the first row is written, and a refusal writes nothing.
 */
export const importRecorded = (db: Database.Database, errors: ErrorContext): ImportRecorded => {
  const headOf = streamHead(db);
  const storeHead = headPosition(db);
  const insertEvent = db.prepare(
    `INSERT INTO events (global_position, stream_id, stream_version, event_id, type, schema_version,
                         data, metadata, occurred_at, recorded_at, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  // Tracks the row being written, so a collision names the event that caused it.
  let writing: RecordedEvent | undefined;

  const write = db.transaction<ImportRecorded>((events) => {
    const versions = new Map<string, number>();
    for (const e of events) {
      if (isLeft(checkStreamId(e.streamId, true))) return left(importRefused('invalid-stream-id', e));
      const current = versions.get(e.streamId) ?? headOf(e.streamId).version;
      if (e.streamVersion !== current + 1) return left(importRefused('version-gap', e));
      versions.set(e.streamId, e.streamVersion);
    }
    let position = storeHead().position;
    for (const e of events) {
      writing = e;
      position += 1;
      insertEvent.run(
        position,
        e.streamId,
        e.streamVersion,
        e.eventId,
        e.type,
        e.schemaVersion,
        canonicalJson(e.data),
        canonicalJson(e.metadata),
        e.occurredAt,
        e.recordedAt,
        e.prevHash,
        e.hash,
      );
    }
    writing = undefined;
    return right(position);
  });

  return (events) => {
    try {
      return write.immediate(events);
    } catch (error) {
      const event = writing;
      writing = undefined;
      return importFailure(error, { ...errors, event });
    }
  };
};
