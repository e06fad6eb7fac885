import type Database from 'better-sqlite3';

/** The store's last event as far as appending cares. */
export interface StoreHead {
  /** 0 for an empty store. */
  readonly position: number;
  readonly recordedAt: string | undefined;
}

/** Reads the last event's position and recordedAt; O(log n) on the primary key. */
export const headPosition = (db: Database.Database): (() => StoreHead) => {
  const last = db.prepare<[], { position: number; recordedAt: string }>(
    'SELECT global_position AS position, recorded_at AS recordedAt FROM events ORDER BY global_position DESC LIMIT 1',
  );
  return () => last.get() ?? { position: 0, recordedAt: undefined };
};
