import {
  type AppendError,
  type AppendOptions,
  type AppendResult,
  concurrencyConflict,
  duplicateCommand,
  EMPTY_HEAD,
  type EventToAppend,
  type ExpectedVersion,
  type HeadCache,
  prepareAppend,
  type RecordedEvent,
  type StreamHead,
} from '@innoledger/kernel';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { AppendContext } from './append';
import { toConcurrencyConflict } from './errors';
import { type AppendEventsOutcome, appendEvents } from './operations/appendEvents';
import type { RewindableIds } from './rewindableIds';
import type { RunPrepared } from './runPrepared';

/** The transactional path's context plus what the fast path keeps between appends. */
export interface FastAppendContext extends AppendContext {
  readonly run: RunPrepared;
  readonly heads: HeadCache;
  readonly ids: RewindableIds;
}

/**
 * The head to prepare against: the cached one, or the empty head when the caller says the
 * stream is new. An empty append hashes nothing, so any head will do; the function reports the
 * real one. Otherwise there is nothing to assume and the transactional path reads the head.
 */
const assumedHead = (heads: HeadCache, streamId: string, expected: ExpectedVersion, empty: boolean) =>
  heads.get(streamId) ?? (empty || expected === 'no_stream' || expected === 0 ? EMPTY_HEAD : undefined);

/**
 * A version no stream can have (negative, fractional) is a conflict on the transactional path;
 * the function's encoding has no room for it, so such an append goes that way.
 */
const isEncodable = (expected: ExpectedVersion): boolean =>
  typeof expected !== 'number' || (Number.isSafeInteger(expected) && expected >= 0);

/** The recorded event at its real position: the hash never covers positions, so it still holds. */
const placed = (e: RecordedEvent, globalPosition: number): RecordedEvent => ({ ...e, globalPosition });

const headOf = (e: RecordedEvent): StreamHead => ({ version: e.streamVersion, hash: e.hash });

/**
 * The append in one round trip, or `undefined` when it cannot decide and the transactional path
 * must (no head to assume, an assumption gone stale, an event the kernel refuses: that path
 * reports a conflict before an invalid event, so it gives the answer). Stream ids are checked by
 * the caller. A thrown error means the outcome is unknown; a value means it is known.
 */
export const appendInOneRoundTrip = async (
  ctx: FastAppendContext,
  streamId: string,
  expected: ExpectedVersion,
  events: readonly EventToAppend[],
  options: AppendOptions,
): Promise<Either<AppendError, AppendResult> | undefined> => {
  const { heads, ids } = ctx;
  if (!isEncodable(expected)) return undefined;
  const assumed = assumedHead(heads, streamId, expected, events.length === 0);
  if (assumed === undefined) return undefined;
  const drawn: string[] = [];
  const prepared = prepareAppend(streamId, events, {
    head: assumed,
    // Positions are the function's to assign; `placed` sets the real ones.
    nextGlobalPosition: 1,
    lastRecordedAt: heads.lastRecordedAt(),
    clock: ctx.clock,
    newEventId: () => {
      const id = ids.next();
      drawn.push(id);
      return id;
    },
  });
  if (isLeft(prepared)) {
    ids.giveBack(drawn);
    return undefined;
  }
  const call = { streamId, expected, assumed, batch: prepared.right, command: options.command };
  let outcome: AppendEventsOutcome;
  try {
    outcome = await appendEvents(ctx.run, ctx.tables, call);
  } catch (error) {
    // Only a writer that skipped the log lock could get here; the statement wrote nothing.
    const conflict = toConcurrencyConflict(error, streamId, expected, assumed.version);
    if (conflict === undefined) throw error;
    ids.giveBack(drawn);
    heads.forget(streamId);
    return left(conflict);
  }
  heads.sawRecordedAt(outcome.logRecordedAt);
  if (outcome._tag !== 'Appended') {
    ids.giveBack(drawn);
    heads.learn(streamId, outcome.head);
    if (outcome._tag === 'Conflict') return left(concurrencyConflict(streamId, expected, outcome.head.version));
    if (outcome._tag === 'Duplicate') return left(duplicateCommand(outcome.existing));
    return undefined;
  }
  const written = prepared.right.events;
  const last = written[written.length - 1];
  if (last === undefined) {
    heads.learn(streamId, outcome.head);
    return right({
      streamId,
      nextExpectedVersion: outcome.head.version,
      lastGlobalPosition: outcome.logPosition,
      events: [],
    });
  }
  heads.learn(streamId, headOf(last));
  heads.sawRecordedAt(last.recordedAt);
  return right({
    streamId,
    nextExpectedVersion: last.streamVersion,
    lastGlobalPosition: outcome.logPosition + written.length,
    events: written.map((e, i) => placed(e, outcome.logPosition + i + 1)),
  });
};
