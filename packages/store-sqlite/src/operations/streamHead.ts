import { EMPTY_HEAD, type StreamHead } from '@innoledger/kernel';
import type Database from 'better-sqlite3';

/**
 * A stream's last version and hash, read through the (stream_id, stream_version) index that
 * already guards versions: keeping the heads in a table of their own cost every append one more
 * B-tree page to write.
 */
export const streamHead = (db: Database.Database): ((streamId: string) => StreamHead) => {
  const last = db.prepare<[string], StreamHead>(
    'SELECT stream_version AS version, hash FROM events WHERE stream_id = ? ORDER BY stream_version DESC LIMIT 1',
  );
  return (streamId) => last.get(streamId) ?? EMPTY_HEAD;
};
