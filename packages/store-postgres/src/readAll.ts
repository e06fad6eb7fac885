import { CorruptEventError, type ReadAllOptions, type RecordedEvent } from '@innoledger/kernel';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { ConnectionTarget } from './connection';
import type { Db } from './db';
import { rethrow } from './errors';
import { selectEventsAfter } from './operations/selectEventsAfter';
import { selectHeadPosition } from './operations/selectHeadPosition';
import { rowToEvent } from './rows';
import type { Tables } from './tables';

const DEFAULT_BATCH = 1000;

/**
 * The global log in keyset pages. It reads up to the head committed when it starts: since
 * writers commit in position order, everything up to that head is visible and there are no holes.
 */
export async function* readAllFrom(
  db: Db,
  t: Tables,
  target: ConnectionTarget,
  options: ReadAllOptions = {},
): AsyncGenerator<RecordedEvent> {
  const head = await selectHeadPosition(db, t).catch((error: unknown) => rethrow(error, target));
  const end = Math.min(head, options.toPosition ?? head);
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH));
  let after = Math.max(0, options.after ?? 0);
  while (after < end) {
    const rows = await selectEventsAfter(db, t, after, end, batchSize).catch((error: unknown) =>
      rethrow(error, target),
    );
    const lastRow = rows[rows.length - 1];
    if (lastRow === undefined) return;
    for (const row of rows) {
      const event = rowToEvent(row);
      if (isLeft(event)) throw new CorruptEventError(event.left);
      if (options.recordedUpTo !== undefined && event.right.recordedAt > options.recordedUpTo) return;
      yield event.right;
    }
    after = Number(lastRow.global_position);
  }
}
