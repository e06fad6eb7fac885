import {
  AccessDeniedError,
  DeadlineExceededError,
  MaxAppendSizeExceededError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { describe, expect, it } from 'vitest';
import {
  appendTooLarge,
  appendTooLargeFromError,
  conflictFromError,
  conflictFromResult,
  isStreamNotFound,
  unavailableFromError,
} from './errors';

const where = { location: 'esdb://admin:***@db.example:2113?tls=false', host: 'db.example', port: 2113 };

describe('wrong expected version → ConcurrencyConflict', () => {
  it('maps the client error with the actual revision as a version', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 'order-1', expected: 2n, current: 4n });
    expect(conflictFromError(error, 'order-1', 3, 0)).toEqual({
      _tag: 'ConcurrencyConflict',
      streamId: 'order-1',
      expected: 3,
      actual: 5,
    });
  });

  it('maps a stream that does not exist to actual 0', () => {
    const error = new WrongExpectedVersionError(undefined, {
      streamName: 'order-1',
      expected: 'stream_exists',
      current: 'no_stream',
    });
    expect(conflictFromError(error, 'order-1', 'stream_exists', 9)).toEqual({
      _tag: 'ConcurrencyConflict',
      streamId: 'order-1',
      expected: 'stream_exists',
      actual: 0,
    });
  });

  it('recognises an error shaped like the client one (another copy of the client)', () => {
    const shaped = { type: 'wrong-expected-version', actualVersion: 0n };
    expect(conflictFromError(shaped, 's', 'no_stream', 0)).toEqual({
      _tag: 'ConcurrencyConflict',
      streamId: 's',
      expected: 'no_stream',
      actual: 1,
    });
  });

  it('falls back to the version the adapter saw when the error has no actual revision', () => {
    expect(conflictFromError({ type: 'wrong-expected-version' }, 's', 4, 6)?.actual).toBe(6);
  });

  it('ignores every other error', () => {
    expect(conflictFromError(new UnavailableError(), 's', 'any', 0)).toBeUndefined();
    expect(conflictFromError(new Error('boom'), 's', 'any', 0)).toBeUndefined();
    expect(conflictFromError('text', 's', 'any', 0)).toBeUndefined();
    expect(conflictFromError(null, 's', 'any', 0)).toBeUndefined();
  });

  it('maps an unsuccessful append result (throwOnAppendFailure=false)', () => {
    expect(conflictFromResult({ success: false, nextExpectedRevision: 4n }, 's', 2)).toEqual({
      _tag: 'ConcurrencyConflict',
      streamId: 's',
      expected: 2,
      actual: 5,
    });
    expect(conflictFromResult({ success: false, nextExpectedRevision: -1n }, 's', 2)?.actual).toBe(0);
    expect(conflictFromResult({ success: true, nextExpectedRevision: 4n }, 's', 2)).toBeUndefined();
  });
});

describe('other driver errors', () => {
  it('treats stream-not-found as an empty stream', () => {
    expect(isStreamNotFound(new StreamNotFoundError(undefined, 'order-1'))).toBe(true);
    expect(isStreamNotFound({ type: 'stream-not-found' })).toBe(true);
    expect(isStreamNotFound(new UnavailableError())).toBe(false);
  });

  it("maps the server's append size limit to the kernel's InvalidEvent", () => {
    const error = new MaxAppendSizeExceededError(undefined, 1_048_576);
    expect(appendTooLargeFromError(error, 'big', 'Blob', 2_000_000)).toEqual({
      _tag: 'InvalidEvent',
      streamId: 'big',
      index: 0,
      type: 'Blob',
      path: '',
      message: "the append of about 2000000 bytes exceeds the server's maximum append size of 1048576 bytes",
    });
    expect(appendTooLargeFromError(new UnavailableError(), 'big', 'Blob', 1)).toBeUndefined();
    expect(appendTooLarge('s', 3, 'T', 10, undefined).message).toBe(
      "the append of about 10 bytes exceeds the server's maximum append size",
    );
  });

  it('maps an unreachable server to StoreUnavailable naming the location', () => {
    const grpc = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 });
    for (const error of [new UnavailableError(), new DeadlineExceededError(), grpc]) {
      const mapped = unavailableFromError(error, where);
      expect(mapped).toMatchObject({ _tag: 'StoreUnavailable', ...where });
      expect(mapped?.message).toContain('EventStoreDB at esdb://admin:***@db.example:2113?tls=false is unavailable');
    }
  });

  it('maps refused credentials to StoreUnavailable saying $all must be readable', () => {
    const mapped = unavailableFromError(new AccessDeniedError(), where);
    expect(mapped?._tag).toBe('StoreUnavailable');
    expect(mapped?.message).toContain('must be allowed to read $all');
  });

  it('leaves defects alone', () => {
    expect(unavailableFromError(new Error('bug'), where)).toBeUndefined();
    expect(
      unavailableFromError(
        new WrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current: 1n }),
        where,
      ),
    ).toBeUndefined();
  });
});
