import type { ExpectedVersion, InvalidEvent, RecordedEvent, StreamHead } from '@innoledger/kernel';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { appendTooLarge, appendTooLargeFromError, conflictFromError, conflictFromResult } from './errors';
import { toExpectedRevision } from './revision';
import type { Server } from './server';
import { chunkBySize, firstOverLimit, MAX_APPEND_BYTES, type OutgoingEvent, toEventData } from './toEventData';

const totalBytes = (outgoing: readonly OutgoingEvent[]): number => outgoing.reduce((sum, o) => sum + o.bytes, 0);

/** The batch as the client sends it, or the refusal of a batch over the server's append size. */
export const toOutgoing = (
  streamId: string,
  events: readonly RecordedEvent[],
  command: string | undefined,
): Either<InvalidEvent, OutgoingEvent[]> => {
  const outgoing = events.map((event) => toEventData(event, command));
  const over = firstOverLimit(
    outgoing.map((o) => o.bytes),
    MAX_APPEND_BYTES,
  );
  if (over === undefined) return right(outgoing);
  return left(appendTooLarge(streamId, over, events[over]?.type ?? '', totalBytes(outgoing), MAX_APPEND_BYTES));
};

/**
 * One append at the exact revision of the head the events were chained to, whatever the caller
 * expected: a writer that got in first makes the server refuse it, so no hash chain ever forks.
 */
export const writeEvents = async (
  { client, naming }: Server,
  streamId: string,
  expected: ExpectedVersion,
  head: StreamHead,
  outgoing: readonly OutgoingEvent[],
  firstType: string,
  options: { readonly deadline?: number } = {},
): Promise<'written' | 'conflict' | InvalidEvent> => {
  try {
    const result = await client.appendToStream(
      naming.toServer(streamId),
      outgoing.map((o) => o.data),
      { expectedRevision: toExpectedRevision(head.version), ...options },
    );
    return conflictFromResult(result, streamId, expected) ? 'conflict' : 'written';
  } catch (error) {
    if (conflictFromError(error, streamId, expected, head.version)) return 'conflict';
    const tooLarge = appendTooLargeFromError(error, streamId, firstType, totalBytes(outgoing));
    if (tooLarge) return tooLarge;
    throw error;
  }
};

/**
 * Writes imported events verbatim, in order: each run of one stream's events is one append (split
 * where it would pass the size limit), at the revision that continues the stream. The caller has
 * checked the versions; a writer racing the import makes the append throw, leaving a partial copy.
 */
export const importEvents = async ({ client, naming }: Server, events: readonly RecordedEvent[]): Promise<void> => {
  let start = 0;
  while (start < events.length) {
    const streamId = (events[start] as RecordedEvent).streamId;
    let end = start + 1;
    while (end < events.length && (events[end] as RecordedEvent).streamId === streamId) end++;
    const run = events.slice(start, end);
    const outgoing = run.map((event) => toEventData(event));
    for (const [from, to] of chunkBySize(
      outgoing.map((o) => o.bytes),
      MAX_APPEND_BYTES,
    )) {
      const first = run[from] as RecordedEvent;
      await client.appendToStream(
        naming.toServer(streamId),
        outgoing.slice(from, to).map((o) => o.data),
        { expectedRevision: toExpectedRevision(first.streamVersion - 1) },
      );
    }
    start = end;
  }
};
