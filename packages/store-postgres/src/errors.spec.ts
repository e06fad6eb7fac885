import { describe, expect, it } from 'vitest';
import { connectionTarget } from './connection';
import { isUnavailable, rethrow, StoreUnavailableError, toConcurrencyConflict, toStoreUnavailable } from './errors';

const withCode = (code: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(`failed with ${code}`), { code, ...extra });

describe('driver error mapping', () => {
  it('treats socket failures and connection-class SQLSTATEs as an unavailable store', () => {
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', '08006', '28P01', '3D000', '57P01', '57P03'])
      expect([code, isUnavailable(withCode(code))]).toEqual([code, true]);
    expect(isUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
  });

  it('leaves statement errors alone', () => {
    for (const code of ['23505', '42P01', '22P02', '40001'])
      expect([code, isUnavailable(withCode(code))]).toEqual([code, false]);
    expect(isUnavailable(new Error('something else'))).toBe(false);
    expect(isUnavailable('not an error')).toBe(false);
  });

  it('maps only the stream-version unique key to a ConcurrencyConflict', () => {
    const versionKey = withCode('23505', { constraint: 'events_stream_version_key' });
    expect(toConcurrencyConflict(versionKey, 's-1', 3, 3)).toEqual({
      _tag: 'ConcurrencyConflict',
      streamId: 's-1',
      expected: 3,
      actual: 3,
    });
    expect(toConcurrencyConflict(withCode('23505', { constraint: 'events_pkey' }), 's-1', 3, 3)).toBeUndefined();
    expect(
      toConcurrencyConflict(withCode('23503', { constraint: 'events_stream_version_key' }), 's', 1, 1),
    ).toBeUndefined();
  });

  it('names host and port, never the password', () => {
    const target = connectionTarget('postgres://ledger:s3cret@db.example:6543/ledger?sslmode=disable&password=s3cret');
    expect(target).toEqual({
      location: 'postgres://ledger@db.example:6543/ledger?sslmode=disable&password=',
      host: 'db.example',
      port: 6543,
    });
    const unavailable = toStoreUnavailable(withCode('ECONNREFUSED'), target);
    expect(unavailable).toMatchObject({ _tag: 'StoreUnavailable', host: 'db.example', port: 6543 });
    expect(unavailable.message).toContain('db.example:6543');
    expect(JSON.stringify(unavailable)).not.toContain('s3cret');
  });

  it('rethrows an unavailable server as StoreUnavailableError and anything else unchanged', () => {
    const target = connectionTarget('postgres://u@127.0.0.1:1/x');
    expect(() => rethrow(withCode('ECONNRESET'), target)).toThrow(StoreUnavailableError);
    const other = withCode('42P01');
    expect(() => rethrow(other, target)).toThrow(other);
  });
});
