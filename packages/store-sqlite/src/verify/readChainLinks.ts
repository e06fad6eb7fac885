import { type ChainLink, CorruptEventError } from '@innoledger/kernel';
import type Database from 'better-sqlite3';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { StoreHead } from '../operations/headPosition';
import { EVENT_COLUMNS, type EventRowValues, rowValuesToEvent } from '../rowToEvent';
import { startHashCheck, type VerifyThreads } from './hashCheckThreads';
import { HASH_INPUT } from './hashInput';

const isPosition = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

type LinkOf = (row: EventRowValues) => ChainLink;

/**
 * The chain links of every event in global order, in batches (see `EventStore.readChainLinks`).
 * With `threads` and a file large enough, worker threads hash the text while this thread reads
 * only the linking columns; otherwise SQLite hands over each event's text for `verify` to hash.
 */
export const readChainLinks = (
  db: Database.Database,
  head: () => StoreHead,
  threads: VerifyThreads | undefined,
): ((options?: { after?: number; batchSize?: number }) => AsyncIterable<readonly ChainLink[]>) => {
  const range = (columns: string) =>
    db
      .prepare<[number, number, number], EventRowValues>(
        `SELECT global_position, stream_id, stream_version, prev_hash, hash${columns} FROM events
          WHERE global_position > ? AND global_position <= ?
          ORDER BY global_position LIMIT ?`,
      )
      .raw(true);
  const withText = range(`, ${HASH_INPUT}`);
  const linking = range('');
  const fullRow = db
    .prepare<[unknown], EventRowValues>(`SELECT ${EVENT_COLUMNS} FROM events WHERE global_position = ?`)
    .raw(true);
  // A row whose link columns are ill-typed is reported as the ordinary read would report it.
  const corrupt = (position: unknown): never => {
    const row = fullRow.get(position);
    const event = row && rowValuesToEvent(row);
    if (event && isLeft(event)) throw new CorruptEventError(event.left);
    throw new Error(`events row at position ${String(position)} has ill-typed chain columns but reads as an event`);
  };
  const link = (row: EventRowValues, hashInput: string | undefined, hashChecked: boolean): ChainLink => {
    const [globalPosition, streamId, streamVersion, prevHash, hash] = row;
    if (
      !isPosition(globalPosition) ||
      typeof streamId !== 'string' ||
      !isPosition(streamVersion) ||
      typeof prevHash !== 'string' ||
      typeof hash !== 'string'
    )
      return corrupt(globalPosition);
    return { globalPosition, streamId, streamVersion, prevHash, hash, hashInput, hashChecked };
  };
  const textLink: LinkOf = (row) => {
    const text = row[5];
    return link(row, typeof text === 'string' ? text : undefined, false);
  };

  /** The links of `(after, to]`, `batchSize` at a time. */
  function* linksIn(
    statement: typeof withText,
    linkOf: LinkOf,
    after: number,
    to: number,
    batchSize: number,
  ): Generator<ChainLink[]> {
    while (after < to) {
      const rows = statement.all(after, to, batchSize);
      if (rows.length === 0) return;
      const links: ChainLink[] = new Array(rows.length);
      for (let i = 0; i < rows.length; i++) links[i] = linkOf(rows[i] as EventRowValues);
      after = (links[links.length - 1] as ChainLink).globalPosition;
      yield links;
    }
  }

  return async function* (options = {}) {
    const batchSize = options.batchSize ?? 1000;
    const end = head().position;
    const after = Math.max(0, options.after ?? 0);
    if (threads === undefined || threads.threads < 1 || end - after < threads.fromEvents) {
      yield* linksIn(withText, textLink, after, end, batchSize);
      return;
    }
    const size = threads.rangeSize;
    const check = startHashCheck(db.name, threads.threads, { after, end, size });
    try {
      for (let from = after; from < end; from += size) {
        const to = Math.min(end, from + size);
        // The threads hash ranges ahead of this one; its linking columns are read once its thread
        // has answered, a batch at a time. Reading a whole range first, to overlap with hashing it,
        // kept 25,000 links alive into the old generation: 17 % of this thread went to collecting them.
        // A link whose text did not hash right goes to verify without text, which reads that event
        // the ordinary way.
        const mismatches = await check.mismatchesAfter(from);
        if (mismatches === undefined) {
          yield* linksIn(withText, textLink, from, to, batchSize);
          continue;
        }
        const checkedLink: LinkOf = (row) => link(row, undefined, !mismatches.has(row[0] as number));
        yield* linksIn(linking, checkedLink, from, to, batchSize);
      }
    } finally {
      await check.close();
    }
  };
};
