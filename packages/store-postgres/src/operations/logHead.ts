import type { Db } from '../db';
import type { Tables } from '../tables';

/** The store's last position and recordedAt: its last event's (0 and none when it is empty). */
export interface LogHead {
  readonly position: number;
  readonly recordedAt: string | undefined;
}

/**
 * Takes the log lock until the transaction ends: a transaction-scoped advisory lock on this
 * schema's key. Every writer takes it first, so positions are assigned and committed one
 * transaction at a time, in order: a reader can never see position N+1 while N is still
 * uncommitted. The lock writes nothing; a head row locked and updated by every append wrote two
 * row versions each time.
 */
export const lockLog = async (db: Db, t: Tables): Promise<void> => {
  await db.query(`SELECT pg_advisory_xact_lock(${t.logLock})`);
};

/** The last event's position and recordedAt, from the primary key's end. */
export const lastEventOf = (t: Tables): string =>
  `SELECT e.global_position AS position, e.recorded_at FROM ${t.events} AS e ORDER BY e.global_position DESC LIMIT 1`;

/**
 * The log head. Run after {@link lockLog}, as a statement of its own: a statement's snapshot is
 * taken when it starts, so one that waited for the lock would not see the last writer's events.
 */
export const selectLogHead = async (db: Db, t: Tables): Promise<LogHead> => {
  const result = await db.query<{ position: string; recorded_at: string }>(lastEventOf(t));
  const row = result.rows[0];
  return logHeadOf(row?.position ?? null, row?.recorded_at ?? null);
};

/** The log head from the driver's text columns; an empty store has neither. */
export const logHeadOf = (position: string | null, recordedAt: string | null): LogHead => ({
  position: Number(position ?? 0),
  recordedAt: recordedAt ?? undefined,
});
