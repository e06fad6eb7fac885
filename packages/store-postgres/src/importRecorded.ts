import { canonicalJson, checkStreamId, type ImportError, importRefused, type RecordedEvent } from '@innoledger/kernel';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Db } from './db';
import { insertEvents } from './operations/insertEvents';
import { lockLog, selectLogHead } from './operations/logHead';
import { notifyAppend } from './operations/notifyAppend';
import { selectStreamVersions } from './operations/selectStreamVersions';
import type { Tables } from './tables';

/** Rows per INSERT: big enough to amortise the round trip, small enough to keep parameters modest. */
const CHUNK = 1000;

/**
 * Copies recorded events verbatim, each taking the next position, inside the caller's
 * transaction. Every version is checked before anything is written, so a refusal writes nothing.
 */
export const importInTransaction = async (
  db: Db,
  t: Tables,
  events: readonly RecordedEvent[],
): Promise<Either<ImportError, number>> => {
  for (const e of events)
    if (isLeft(checkStreamId(e.streamId, true))) return left(importRefused('invalid-stream-id', e));
  await lockLog(db, t);
  const log = await selectLogHead(db, t);
  const current = await selectStreamVersions(db, t, [...new Set(events.map((e) => e.streamId))]);
  for (const e of events) {
    const version = current.get(e.streamId) ?? 0;
    if (e.streamVersion !== version + 1) return left(importRefused('version-gap', e));
    current.set(e.streamId, e.streamVersion);
  }
  const last = events[events.length - 1];
  if (last === undefined) return right(log.position);
  for (let start = 0; start < events.length; start += CHUNK) {
    const chunk = events.slice(start, start + CHUNK);
    await insertEvents(db, t, {
      events: chunk.map((e, i) => ({ ...e, globalPosition: log.position + start + i + 1 })),
      // The canonical text is what the hash covered, so the copy verifies byte for byte.
      dataJson: chunk.map((e) => canonicalJson(e.data)),
      metadataJson: chunk.map((e) => canonicalJson(e.metadata)),
    });
  }
  const position = log.position + events.length;
  await notifyAppend(db, t, position);
  return right(position);
};
