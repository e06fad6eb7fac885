import {
  type AllStreamRecordedEvent,
  type EventStoreDBClient,
  FORWARDS,
  type Position,
  START,
} from '@eventstore/db-client';
import { comparePositions } from './positionIndex';

/**
 * Every record of `$all` strictly after `after` (from the start when undefined), read forwards in
 * pages of `pageSize` until the end. Each page restarts at the last position seen and drops what
 * is not past it, which holds whether the server treats that start as inclusive or exclusive.
 * Returning early cancels the read in flight.
 */
export async function* scanAll(
  client: EventStoreDBClient,
  after: Position | undefined,
  pageSize: number,
): AsyncGenerator<AllStreamRecordedEvent> {
  // A page must be able to hold the restart record and at least one new one.
  const maxCount = Math.max(2, pageSize);
  let cursor = after;
  for (;;) {
    const read = client.readAll({ fromPosition: cursor ?? START, direction: FORWARDS, maxCount });
    let received = 0;
    let fresh = 0;
    let finished = false;
    try {
      for await (const resolved of read) {
        received += 1;
        const record = resolved.event;
        if (record === undefined) continue;
        if (cursor !== undefined && comparePositions(record.position, cursor) <= 0) continue;
        cursor = record.position;
        fresh += 1;
        yield record;
      }
      finished = true;
    } finally {
      // Cleanup only: whatever stopped the loop (a consumer's return, a read error) propagates.
      if (!finished) await read.cancel().catch(() => undefined);
    }
    if (received < maxCount) return;
    if (fresh === 0) throw new Error('reading $all made no progress: a full page held no record past the cursor');
  }
}
