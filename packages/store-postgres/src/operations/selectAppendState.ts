import { type CommandRecord, EMPTY_HEAD, type StreamHead } from '@innoledger/kernel';
import type { Db } from '../db';
import type { Tables } from '../tables';
import { type LogHead, lastEventOf, logHeadOf } from './logHead';

export interface AppendState {
  readonly log: LogHead;
  readonly head: StreamHead;
  readonly command: CommandRecord | undefined;
}

/**
 * The log head, the stream's head and, when the append carries one, the record of its command id,
 * in one round trip. Must run after the log lock, as its own statement: a statement's snapshot is
 * taken when it starts, so one that waited for the lock would otherwise see the heads from before.
 */
export const selectAppendState = async (
  db: Db,
  t: Tables,
  streamId: string,
  commandId: string | undefined,
): Promise<AppendState> => {
  const result = await db.query<{
    version: string | null;
    hash: string | null;
    command_id: string | null;
    fingerprint: string;
    command_stream_id: string;
    version_before: string;
    version_after: string;
    log_position: string | null;
    log_recorded_at: string | null;
  }>(
    `SELECT s.version, s.hash, c.command_id, c.fingerprint, c.stream_id AS command_stream_id,
            c.version_before, c.version_after, l.position AS log_position, l.recorded_at AS log_recorded_at
     FROM (SELECT 1) AS one
     LEFT JOIN LATERAL (${lastEventOf(t)}) AS l ON true
     LEFT JOIN LATERAL (
       SELECT e.stream_version AS version, e.hash FROM ${t.events} AS e
       WHERE e.stream_id = $1 ORDER BY e.stream_version DESC LIMIT 1
     ) AS s ON true
     LEFT JOIN ${t.commands} AS c ON c.command_id = $2`,
    [streamId, commandId ?? null],
  );
  const row = result.rows[0];
  const head =
    row?.version != null && row.hash !== null ? { version: Number(row.version), hash: row.hash } : EMPTY_HEAD;
  const command =
    row?.command_id != null
      ? {
          commandId: row.command_id,
          fingerprint: row.fingerprint,
          streamId: row.command_stream_id,
          versionBefore: Number(row.version_before),
          versionAfter: Number(row.version_after),
        }
      : undefined;
  return { log: logHeadOf(row?.log_position ?? null, row?.log_recorded_at ?? null), head, command };
};
