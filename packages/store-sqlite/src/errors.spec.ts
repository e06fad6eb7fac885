import type { CommandRecord } from '@innoledger/kernel';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { type AppendFailureContext, appendFailure, defect, isStoreBusyError, openFailure } from './errors';

const record: CommandRecord = {
  commandId: 'cmd-1',
  fingerprint: 'fp',
  streamId: 'enterprise-1',
  versionBefore: 2,
  versionAfter: 3,
};

const ctx: AppendFailureContext = {
  path: '/data/ledger.db',
  busyTimeoutMs: 5000,
  streamId: 'enterprise-1',
  expected: 2,
  commandId: 'cmd-1',
  currentVersion: () => 3,
  findCommand: (id) => (id === record.commandId ? record : undefined),
};

const sqliteError = (message: string, code: string) => new Database.SqliteError(message, code);

describe('driver errors', () => {
  it('a taken stream version is a conflict with the version found after rollback', () => {
    const error = sqliteError(
      'UNIQUE constraint failed: events.stream_id, events.stream_version',
      'SQLITE_CONSTRAINT_UNIQUE',
    );
    expect(appendFailure(error, ctx)).toEqual({
      _tag: 'Left',
      left: { _tag: 'ConcurrencyConflict', streamId: 'enterprise-1', expected: 2, actual: 3 },
    });
  });

  it('a taken command id is a duplicate carrying the first record', () => {
    const error = sqliteError('UNIQUE constraint failed: commands.command_id', 'SQLITE_CONSTRAINT_PRIMARYKEY');
    expect(appendFailure(error, ctx)).toEqual({
      _tag: 'Left',
      left: { _tag: 'DuplicateCommand', commandId: 'cmd-1', existing: record },
    });
  });

  it('a taken global position is not an outcome: it is rethrown as it came', () => {
    const error = sqliteError('UNIQUE constraint failed: events.global_position', 'SQLITE_CONSTRAINT_PRIMARYKEY');
    expect(() => appendFailure(error, ctx)).toThrow(error);
  });

  it('other constraint, I/O and programming errors are rethrown untouched', () => {
    for (const error of [
      sqliteError('NOT NULL constraint failed: events.data', 'SQLITE_CONSTRAINT_NOTNULL'),
      sqliteError('disk I/O error', 'SQLITE_IOERR'),
      new TypeError('not a function'),
    ])
      expect(() => appendFailure(error, ctx)).toThrow(error);
  });

  it('a lock held too long becomes StoreBusyError naming the file, its wait and the cause', () => {
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT']) {
      const cause = sqliteError('database is locked', code);
      let thrown: unknown;
      try {
        defect(cause, ctx);
      } catch (error) {
        thrown = error;
      }
      expect(isStoreBusyError(thrown)).toBe(true);
      expect(thrown).toMatchObject({
        message: 'SQLite database /data/ledger.db stayed locked by another connection for 5000 ms',
        path: '/data/ledger.db',
        busyTimeoutMs: 5000,
        cause,
      });
    }
  });

  it('an open failure is StoreUnavailable naming the path and the SQLite code', () => {
    expect(openFailure('/data/ledger.db', sqliteError('file is not a database', 'SQLITE_NOTADB'))).toEqual({
      _tag: 'StoreUnavailable',
      location: '/data/ledger.db',
      message: 'cannot open SQLite store /data/ledger.db: file is not a database (SQLITE_NOTADB)',
    });
  });
});
