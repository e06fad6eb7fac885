import { CorruptEventError, type ReadAllOptions, type RecordedEvent } from '@innoledger/kernel';
import type { HistoryIndex } from './historyIndex';
import { comparePositions } from './positionIndex';
import { scanAll } from './scanAll';
import type { Server } from './server';
import { toRecordedEvent } from './toRecordedEvent';

const DEFAULT_BATCH = 1000;

/**
 * `readAll`: the history in global order, read from `$all` in pages of `batchSize` records and
 * numbered as it goes. The end is fixed when the read starts; every event read is checked against
 * the index, so a numbering that no longer matches the server stops the read instead of lying.
 */
export async function* readHistory(
  { client, naming }: Server,
  index: HistoryIndex,
  options: ReadAllOptions,
): AsyncGenerator<RecordedEvent> {
  await index.catchUp();
  const end = Math.min(index.length, options.toPosition ?? index.length);
  let position = Math.max(0, options.after ?? 0);
  if (position >= end) return;
  for await (const record of scanAll(client, index.logPositionOf(position), options.batchSize ?? DEFAULT_BATCH)) {
    const kind = naming.classify(record.streamId);
    if (kind.kind !== 'events') continue;
    position += 1;
    const indexed = index.logPositionOf(position);
    if (indexed === undefined || comparePositions(indexed, record.position) !== 0)
      throw new Error(`$all no longer matches the position index at global position ${position}`);
    const decoded = toRecordedEvent(record, kind.streamId, position);
    if (decoded._tag === 'Left') throw new CorruptEventError(decoded.left);
    if (options.recordedUpTo !== undefined && decoded.right.recordedAt > options.recordedUpTo) return;
    yield decoded.right;
    if (position >= end) return;
  }
  throw new Error(`$all ended at global position ${position}, before ${end}`);
}
