import { type ChainLink, CorruptEventError } from '@innoledger/kernel';
import type Database from 'better-sqlite3';
import { isLeft } from 'fp-ts/lib/Either.js';
import { EVENT_COLUMNS, type EventRowValues, rowValuesToEvent } from '../rowToEvent';
import type { StoreHead } from './headPosition';

// prevHash and the kernel's canonicalEventText, built by SQLite from the stored columns: data and
// metadata are stored as canonical text and json_quote escapes strings as JSON.stringify does, so
// no payload is parsed. Should the two ever differ, verify re-reads that event the ordinary way
// (slower, not wrong).
const HASH_INPUT = `prev_hash || '{"data":' || data || ',"eventId":' || json_quote(event_id) || ',"metadata":' || metadata
  || ',"occurredAt":' || json_quote(occurred_at) || ',"prevHash":' || json_quote(prev_hash)
  || ',"recordedAt":' || json_quote(recorded_at) || ',"schemaVersion":' || schema_version
  || ',"streamId":' || json_quote(stream_id) || ',"streamVersion":' || stream_version
  || ',"type":' || json_quote(type) || '}'`;

const isPosition = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

/** The chain links of every event in global order, in batches (see `EventStore.readChainLinks`). */
export const readChainLinks = (
  db: Database.Database,
  head: () => StoreHead,
): ((options?: { after?: number; batchSize?: number }) => AsyncIterable<readonly ChainLink[]>) => {
  const batch = db
    .prepare<[number, number, number], EventRowValues>(
      `SELECT global_position, stream_id, stream_version, prev_hash, hash, ${HASH_INPUT} FROM events
        WHERE global_position > ? AND global_position <= ?
        ORDER BY global_position LIMIT ?`,
    )
    .raw(true);
  const fullRow = db
    .prepare<[unknown], EventRowValues>(`SELECT ${EVENT_COLUMNS} FROM events WHERE global_position = ?`)
    .raw(true);
  // A row whose link columns are ill-typed is reported as the ordinary read would report it.
  const corrupt = (position: unknown): never => {
    const row = fullRow.get(position);
    const event = row && rowValuesToEvent(row);
    if (event && isLeft(event)) throw new CorruptEventError(event.left);
    throw new Error(`events row at position ${String(position)} has ill-typed chain columns but reads as an event`);
  };
  return async function* (options = {}) {
    const batchSize = options.batchSize ?? 1000;
    const end = head().position;
    let after = Math.max(0, options.after ?? 0);
    while (after < end) {
      const rows = batch.all(after, end, batchSize);
      if (rows.length === 0) return;
      const links: ChainLink[] = new Array(rows.length);
      for (let i = 0; i < rows.length; i++) {
        const [globalPosition, streamId, streamVersion, prevHash, hash, text] = rows[i] as EventRowValues;
        if (
          !isPosition(globalPosition) ||
          typeof streamId !== 'string' ||
          !isPosition(streamVersion) ||
          typeof prevHash !== 'string' ||
          typeof hash !== 'string'
        )
          return corrupt(globalPosition);
        links[i] = {
          globalPosition,
          streamId,
          streamVersion,
          prevHash,
          hash,
          hashInput: typeof text === 'string' ? text : undefined,
        };
        after = globalPosition;
      }
      yield links;
    }
  };
};
