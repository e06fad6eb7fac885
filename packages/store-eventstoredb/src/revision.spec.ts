import { describe, expect, it } from 'vitest';
import {
  fromCurrentRevision,
  fromExpectedRevision,
  revisionToVersion,
  toExpectedRevision,
  versionToRevision,
} from './revision';

describe('stream versions and server revisions', () => {
  it('maps version v to revision v - 1 and back', () => {
    expect(versionToRevision(1)).toBe(0n);
    expect(versionToRevision(42)).toBe(41n);
    expect(revisionToVersion(0n)).toBe(1);
    expect(revisionToVersion(41n)).toBe(42);
  });

  it('round-trips at the edge of safe integers', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(versionToRevision(max)).toBe(BigInt(max) - 1n);
    expect(revisionToVersion(BigInt(max) - 1n)).toBe(max);
  });

  it('refuses a revision whose version would not be a safe integer', () => {
    expect(() => revisionToVersion(BigInt(Number.MAX_SAFE_INTEGER))).toThrow(RangeError);
    expect(() => revisionToVersion(2n ** 63n)).toThrow(RangeError);
    expect(() => revisionToVersion(-1n)).toThrow(RangeError);
  });

  it('refuses versions that are not safe integers from 1', () => {
    expect(() => versionToRevision(0)).toThrow(RangeError);
    expect(() => versionToRevision(-3)).toThrow(RangeError);
    expect(() => versionToRevision(1.5)).toThrow(RangeError);
    expect(() => versionToRevision(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(() => versionToRevision(Number.NaN)).toThrow(RangeError);
  });
});

describe('expected versions and expected revisions', () => {
  it('maps the named expectations to the client constants', () => {
    expect(toExpectedRevision('any')).toBe('any');
    expect(toExpectedRevision('no_stream')).toBe('no_stream');
    expect(toExpectedRevision('stream_exists')).toBe('stream_exists');
  });

  it('maps version 0 to no_stream and version v to revision v - 1', () => {
    expect(toExpectedRevision(0)).toBe('no_stream');
    expect(toExpectedRevision(1)).toBe(0n);
    expect(toExpectedRevision(7)).toBe(6n);
  });

  it('maps the client expectations back', () => {
    expect(fromExpectedRevision('any')).toBe('any');
    expect(fromExpectedRevision('no_stream')).toBe('no_stream');
    expect(fromExpectedRevision('stream_exists')).toBe('stream_exists');
    expect(fromExpectedRevision(6n)).toBe(7);
    for (const v of [1, 2, 99, 123_456]) expect(fromExpectedRevision(toExpectedRevision(v))).toBe(v);
  });

  it('reads the current revision as the current version (no_stream is 0)', () => {
    expect(fromCurrentRevision('no_stream')).toBe(0);
    expect(fromCurrentRevision(0n)).toBe(1);
    expect(fromCurrentRevision(9n)).toBe(10);
  });
});
