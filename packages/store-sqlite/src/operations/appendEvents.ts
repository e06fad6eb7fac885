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
  type RecordedEvent,
} from '@innoledger/kernel';
import type Database from 'better-sqlite3';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { appendFailure, type ErrorContext } from '../errors';
import { findCommand } from './commands';
import type { KnownHeads } from './knownHeads';

export interface AppendDependencies {
  readonly heads: KnownHeads;
  readonly clock: Clock;
  readonly newEventId: EventIdGenerator;
  readonly errors: ErrorContext;
}

export type AppendEvents = (
  streamId: string,
  expected: ExpectedVersion,
  events: readonly EventToAppend[],
  options: AppendOptions,
) => Either<AppendError, AppendResult>;

/**
 * Appends in one IMMEDIATE transaction: the write lock is taken before the stream head and the
 * store head are read (or found unchanged since this connection's last append), so the version
 * check, the positions and `recordedAt` are decided against the latest committed state whatever
 * other connections or processes share the file.
 */
export const appendEvents = (db: Database.Database, deps: AppendDependencies): AppendEvents => {
  const { heads } = deps;
  const streamVersion = db.prepare<[string], { version: number | null }>(
    'SELECT max(stream_version) AS version FROM events WHERE stream_id = ?',
  );
  const command = findCommand(db);
  const insertEvent = db.prepare(
    `INSERT INTO events (global_position, stream_id, stream_version, event_id, type, schema_version,
                         data, metadata, occurred_at, recorded_at, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const recordCommand = db.prepare(
    `INSERT INTO commands (command_id, fingerprint, stream_id, version_before, version_after)
     VALUES (?, ?, ?, ?, ?)`,
  );

  const write = db.transaction<AppendEvents>((streamId, expected, events, options) => {
    heads.check();
    const head = heads.stream(streamId);
    if (!matchesExpectedVersion(expected, head.version))
      return left(concurrencyConflict(streamId, expected, head.version));
    if (options.command) {
      const existing = command(options.command.commandId);
      if (existing) return left(duplicateCommand(existing));
    }
    const last = heads.store();
    const prepared = prepareAppend(streamId, events, {
      head,
      nextGlobalPosition: last.position + 1,
      lastRecordedAt: last.recordedAt,
      clock: deps.clock,
      newEventId: deps.newEventId,
    });
    if (isLeft(prepared)) return prepared;
    const { events: recorded, dataJson, metadataJson } = prepared.right;
    for (let i = 0; i < recorded.length; i++) {
      const e = recorded[i] as RecordedEvent;
      insertEvent.run(
        e.globalPosition,
        e.streamId,
        e.streamVersion,
        e.eventId,
        e.type,
        e.schemaVersion,
        dataJson[i],
        metadataJson[i],
        e.occurredAt,
        e.recordedAt,
        e.prevHash,
        e.hash,
      );
    }
    const lastRecorded = recorded[recorded.length - 1];
    const versionAfter = head.version + recorded.length;
    if (options.command) {
      const { commandId, fingerprint } = options.command;
      recordCommand.run(commandId, fingerprint, streamId, head.version, versionAfter);
    }
    return right({
      streamId,
      nextExpectedVersion: versionAfter,
      lastGlobalPosition: lastRecorded?.globalPosition ?? last.position,
      events: recorded,
    });
  });

  return (streamId, expected, events, options) => {
    const id = checkStreamId(streamId, options.allowReservedStream === true);
    if (isLeft(id)) return id;
    try {
      const written = write.immediate(streamId, expected, events, options);
      const lastEvent = isLeft(written) ? undefined : written.right.events[written.right.events.length - 1];
      if (lastEvent)
        heads.appended(
          streamId,
          { version: lastEvent.streamVersion, hash: lastEvent.hash },
          { position: lastEvent.globalPosition, recordedAt: lastEvent.recordedAt },
        );
      return written;
    } catch (error) {
      heads.forget();
      return appendFailure(error, {
        ...deps.errors,
        streamId,
        expected,
        commandId: options.command?.commandId,
        currentVersion: () => streamVersion.get(streamId)?.version ?? 0,
        findCommand: command,
      });
    }
  };
};
