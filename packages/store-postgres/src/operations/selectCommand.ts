import type { CommandRecord } from '@innoledger/kernel';
import type { Db } from '../db';
import type { Tables } from '../tables';

export const selectCommand = async (db: Db, t: Tables, commandId: string): Promise<CommandRecord | undefined> => {
  const result = await db.query<{
    command_id: string;
    fingerprint: string;
    stream_id: string;
    version_before: string;
    version_after: string;
  }>(
    `SELECT command_id, fingerprint, stream_id, version_before, version_after FROM ${t.commands} WHERE command_id = $1`,
    [commandId],
  );
  const row = result.rows[0];
  if (row === undefined) return undefined;
  return {
    commandId: row.command_id,
    fingerprint: row.fingerprint,
    streamId: row.stream_id,
    versionBefore: Number(row.version_before),
    versionAfter: Number(row.version_after),
  };
};
