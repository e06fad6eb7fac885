import { isRight } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { brandedNumber, brandedString, slugId } from './brands';
import { FiniteNumber, isCount } from './numbers';

const accepts = (codec: t.Mixed, value: unknown): boolean => isRight(codec.decode(value));

describe('slugId', () => {
  const AchievementId = slugId('AchievementId');

  it('names the codec after its brand, so decode errors say which id was wrong', () => {
    expect(AchievementId.name).toBe('AchievementId');
    expect(slugId('PlatformId', 64).name).toBe('PlatformId');
  });

  it('accepts lowercase letters, digits and hyphens, not starting with a hyphen, up to 128 characters', () => {
    for (const ok of ['xc-2020-017', 'a', '0', 'doc-1', 'a'.repeat(128)])
      expect(accepts(AchievementId, ok), ok).toBe(true);
    for (const bad of ['', '-a', 'A', 'a_b', 'a b', 'a.b', '区', 'a'.repeat(129), 17, null])
      expect(accepts(AchievementId, bad), String(bad)).toBe(false);
  });

  it('takes a shorter maximum length', () => {
    const PlatformId = slugId('PlatformId', 64);
    expect(accepts(PlatformId, 'a'.repeat(64))).toBe(true);
    expect(accepts(PlatformId, 'a'.repeat(65))).toBe(false);
  });
});

describe('brandedString and brandedNumber', () => {
  it('accept what the predicate accepts, and only values of their primitive type', () => {
    const Code = brandedString('Code', (s) => /^\d{6}$/.test(s));
    expect(Code.name).toBe('Code');
    expect(accepts(Code, '421200')).toBe(true);
    expect(accepts(Code, '4212')).toBe(false);
    expect(accepts(Code, 421200)).toBe(false);
    const Even = brandedNumber('Even', (n) => n % 2 === 0);
    expect(accepts(Even, 4)).toBe(true);
    expect(accepts(Even, 3)).toBe(false);
    expect(accepts(Even, '4')).toBe(false);
  });
});

describe('FiniteNumber and isCount', () => {
  it('FiniteNumber refuses what JSON cannot carry', () => {
    for (const ok of [0, -0.405, 0.1345, 1e12]) expect(accepts(FiniteNumber, ok), String(ok)).toBe(true);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '1'])
      expect(accepts(FiniteNumber, bad), String(bad)).toBe(false);
  });

  it('isCount takes non-negative safe integers only', () => {
    expect([0, 1, Number.MAX_SAFE_INTEGER].every(isCount)).toBe(true);
    expect([-1, 0.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN].some(isCount)).toBe(false);
  });
});
