import type { Position } from '@eventstore/db-client';
import { comparePositions } from './positionIndex';
import type { Server } from './server';

/**
 * Resolves when a history event past `from` shows up on a subscription to `$all`, or after
 * `timeoutMs`. Starting at the last position already scanned leaves no gap for an event to slip
 * through; a record at `from` itself (if the server includes it) is ignored.
 */
export const waitForHistoryEvent = async (
  { client, naming }: Server,
  from: Position | undefined,
  timeoutMs: number,
): Promise<void> => {
  const subscription = client.subscribeToAll(from === undefined ? {} : { fromPosition: from });
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      subscription.removeAllListeners('data');
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    subscription.on('data', (resolved) => {
      const record = resolved.event;
      if (record === undefined || !naming.isHistory(record.streamId)) return;
      if (from !== undefined && comparePositions(record.position, from) <= 0) return;
      done();
    });
    // A broken subscription only ends the wait early: the caller reads `readAll` either way.
    subscription.on('error', done);
  });
  await subscription.unsubscribe().catch(() => undefined);
};
