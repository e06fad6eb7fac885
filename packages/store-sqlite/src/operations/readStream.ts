import { checkStreamId, type ReadStreamError, type ReadStreamOptions, type RecordedEvent } from '@innoledger/kernel';
import type Database from 'better-sqlite3';
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import { EVENT_COLUMNS, type EventRowValues, rowValuesToEvent } from '../rowToEvent';

/** A stream's events in version order, read in one statement so the slice is consistent. */
export const readStream = (
  db: Database.Database,
): ((streamId: string, options: ReadStreamOptions) => Either<ReadStreamError, readonly RecordedEvent[]>) => {
  // Rows as arrays, which better-sqlite3 builds faster than objects with twelve named keys.
  const select = db
    .prepare<[string, number, number], EventRowValues>(
      `SELECT ${EVENT_COLUMNS} FROM events
        WHERE stream_id = ? AND stream_version >= ? AND stream_version <= ?
        ORDER BY stream_version`,
    )
    .raw(true);
  return (streamId, options) => {
    const id = checkStreamId(streamId, true);
    if (isLeft(id)) return id;
    const from = Math.max(1, options.fromVersion ?? 1);
    const to = options.toVersion ?? Number.MAX_SAFE_INTEGER;
    const events: RecordedEvent[] = [];
    for (const row of select.all(streamId, from, to)) {
      const event = rowValuesToEvent(row);
      if (isLeft(event)) return event;
      events.push(event.right);
    }
    return right(events);
  };
};
