import {
  type AppendError,
  type AppendOptions,
  type AppendResult,
  type Clock,
  checkStreamId,
  concurrencyConflict,
  duplicateCommand,
  type EventIdGenerator,
  type EventToAppend,
  type ExpectedVersion,
  matchesExpectedVersion,
  prepareAppend,
} from '@innoledger/kernel';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Db } from './db';
import { toConcurrencyConflict } from './errors';
import { insertCommand } from './operations/insertCommand';
import { lockLog } from './operations/logHead';
import { selectAppendState } from './operations/selectAppendState';
import { writeAppend } from './operations/writeAppend';
import type { Tables } from './tables';

export interface AppendContext {
  readonly tables: Tables;
  readonly clock: Clock;
  readonly newEventId: EventIdGenerator;
}

/**
 * The whole append, inside a transaction the caller opened and will end: commit on Right, roll
 * back on Left. Split from BEGIN/COMMIT so a test can hold one append open while another waits.
 */
export const appendInTransaction = async (
  db: Db,
  ctx: AppendContext,
  streamId: string,
  expected: ExpectedVersion,
  events: readonly EventToAppend[],
  options: AppendOptions = {},
): Promise<Either<AppendError, AppendResult>> => {
  const id = checkStreamId(streamId, options.allowReservedStream === true);
  if (isLeft(id)) return id;
  const t = ctx.tables;
  // The log lock comes first, always: taking a stream lock before it could deadlock two writers.
  await lockLog(db, t);
  const { log, head, command: existing } = await selectAppendState(db, t, streamId, options.command?.commandId);
  if (!matchesExpectedVersion(expected, head.version))
    return left(concurrencyConflict(streamId, expected, head.version));
  if (existing) return left(duplicateCommand(existing));
  const prepared = prepareAppend(streamId, events, {
    head,
    nextGlobalPosition: log.position + 1,
    lastRecordedAt: log.recordedAt,
    clock: ctx.clock,
    newEventId: ctx.newEventId,
  });
  if (isLeft(prepared)) return prepared;
  const recorded = prepared.right.events;
  const last = recorded[recorded.length - 1];
  const command = options.command && {
    ...options.command,
    streamId,
    versionBefore: head.version,
    versionAfter: head.version + recorded.length,
  };
  if (last === undefined) {
    // An empty append writes no events but still records its command, as the reference store does.
    if (command) await insertCommand(db, t, command);
  } else {
    try {
      await writeAppend(db, t, prepared.right, command);
    } catch (error) {
      const conflict = toConcurrencyConflict(error, streamId, expected, head.version);
      if (conflict) return left(conflict);
      throw error;
    }
  }
  return right({
    streamId,
    nextExpectedVersion: head.version + recorded.length,
    lastGlobalPosition: last?.globalPosition ?? log.position,
    events: recorded,
  });
};
