import type { CommandRecord } from '@innoledger/kernel';
import type Database from 'better-sqlite3';

/** Looks a handled command up by id. */
export const findCommand = (db: Database.Database): ((commandId: string) => CommandRecord | undefined) => {
  const select = db.prepare<[string], CommandRecord>(
    `SELECT command_id AS commandId, fingerprint, stream_id AS streamId,
            version_before AS versionBefore, version_after AS versionAfter
       FROM commands WHERE command_id = ?`,
  );
  return (commandId) => select.get(commandId);
};
