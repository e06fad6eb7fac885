import { DEFAULT_HEAD_CACHE_SIZE, headCache, type StreamHead } from '@innoledger/kernel';
import type Database from 'better-sqlite3';
import { headPosition, type StoreHead } from './headPosition';
import { streamHead } from './streamHead';

/**
 * The heads an append needs (its stream's last version and hash, the store's last position and
 * recordedAt), remembered from this connection's own appends for as long as no other connection
 * writes. SQLite's `data_version` changes exactly when another connection (or process) has
 * committed; then everything remembered is dropped and read again. A single writer, the embedded
 * case, so skips both head reads of every append to a stream it has written before.
 */
export interface KnownHeads {
  /** Inside the write transaction, before `stream` and `store`: drops what another writer outdated. */
  check(): void;
  stream(streamId: string): StreamHead;
  store(): StoreHead;
  /** After this connection committed an append ending at `last`. */
  appended(streamId: string, last: StreamHead, store: StoreHead): void;
  /** After any other write to the events through this connection, and after a failed append. */
  forget(): void;
}

export const knownHeads = (db: Database.Database, capacity = DEFAULT_HEAD_CACHE_SIZE): KnownHeads => {
  const readStream = streamHead(db);
  const readStore = headPosition(db);
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  const streams = headCache(capacity);
  let store: StoreHead | undefined;
  let seen: number | undefined;
  const forget = () => {
    streams.clear();
    store = undefined;
  };
  return {
    check: () => {
      const now = dataVersion.get();
      if (now !== seen) forget();
      seen = now;
    },
    stream: (streamId) => streams.get(streamId) ?? readStream(streamId),
    store: () => {
      store ??= readStore();
      return store;
    },
    appended: (streamId, last, head) => {
      streams.learn(streamId, last);
      store = head;
    },
    forget,
  };
};
