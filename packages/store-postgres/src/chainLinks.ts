import type { ChainLink } from '@innoledger/kernel';
import type { ConnectionTarget } from './connection';
import type { Db } from './db';
import { rethrow } from './errors';
import { selectHeadPosition } from './operations/selectHeadPosition';
import type { Tables } from './tables';

// prevHash and the kernel's canonicalEventText, built by the server from the stored columns: data
// and metadata are stored as canonical text and to_json escapes strings as JSON.stringify does, so
// no payload is parsed. Should the two ever differ, verify re-reads that event the ordinary way
// (slower, not wrong).
const HASH_INPUT = `prev_hash || '{"data":' || data || ',"eventId":' || to_json(event_id)::text
  || ',"metadata":' || metadata || ',"occurredAt":' || to_json(occurred_at)::text
  || ',"prevHash":' || to_json(prev_hash)::text || ',"recordedAt":' || to_json(recorded_at)::text
  || ',"schemaVersion":' || schema_version || ',"streamId":' || to_json(stream_id)::text
  || ',"streamVersion":' || stream_version || ',"type":' || to_json(type)::text || '}'`;

interface LinkRow {
  readonly global_position: string;
  readonly stream_id: string;
  readonly stream_version: string;
  readonly prev_hash: string;
  readonly hash: string;
  readonly hash_input: string | null;
}

/** The chain links of every event in global order, in pages (see `EventStore.readChainLinks`). */
export async function* readChainLinksFrom(
  db: Db,
  t: Tables,
  target: ConnectionTarget,
  options: { readonly after?: number; readonly batchSize?: number } = {},
): AsyncGenerator<readonly ChainLink[]> {
  const end = await selectHeadPosition(db, t).catch((error: unknown) => rethrow(error, target));
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 1000));
  let after = Math.max(0, options.after ?? 0);
  while (after < end) {
    const result = await db
      .query<LinkRow>(
        `SELECT global_position, stream_id, stream_version, prev_hash, hash, ${HASH_INPUT} AS hash_input
         FROM ${t.events} WHERE global_position > $1 AND global_position <= $2
         ORDER BY global_position LIMIT $3`,
        [after, end, batchSize],
      )
      .catch((error: unknown) => rethrow(error, target));
    if (result.rows.length === 0) return;
    const links = result.rows.map(
      (row): ChainLink => ({
        globalPosition: Number(row.global_position),
        streamId: row.stream_id,
        streamVersion: Number(row.stream_version),
        prevHash: row.prev_hash,
        hash: row.hash,
        hashInput: row.hash_input ?? undefined,
      }),
    );
    after = (links[links.length - 1] as ChainLink).globalPosition;
    yield links;
  }
}
