import type { CommandRecord } from '@innoledger/kernel';
import type { Db } from '../db';
import type { Tables } from '../tables';

export const insertCommand = async (db: Db, t: Tables, record: CommandRecord): Promise<void> => {
  await db.query(
    `INSERT INTO ${t.commands} (command_id, fingerprint, stream_id, version_before, version_after)
     VALUES ($1, $2, $3, $4, $5)`,
    [record.commandId, record.fingerprint, record.streamId, record.versionBefore, record.versionAfter],
  );
};
