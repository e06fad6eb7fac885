import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { untilNotBusy } from './untilNotBusy';

const busy = () => new Database.SqliteError('database is locked', 'SQLITE_BUSY');

describe('untilNotBusy', () => {
  it('runs a step again while SQLite says busy, and returns what it finally gives', () => {
    let calls = 0;
    const result = untilNotBusy(() => {
      calls++;
      if (calls < 3) throw busy();
      return 'opened';
    }, 5_000);
    expect(result).toBe('opened');
    expect(calls).toBe(3);
  });

  it('gives up with the busy error once the timeout has passed', () => {
    let clock = 0;
    let calls = 0;
    const step = () => {
      calls++;
      clock += 400;
      throw busy();
    };
    expect(() => untilNotBusy(step, 1_000, () => clock)).toThrowError(/database is locked/);
    expect(calls).toBe(3);
  });

  it('does not retry any other error', () => {
    let calls = 0;
    expect(() =>
      untilNotBusy(() => {
        calls++;
        throw new Database.SqliteError('file is not a database', 'SQLITE_NOTADB');
      }, 5_000),
    ).toThrowError(/not a database/);
    expect(calls).toBe(1);
  });
});
