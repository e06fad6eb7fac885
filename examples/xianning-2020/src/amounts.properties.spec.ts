import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitAmount } from './amounts';
import { seededRandom } from './random';

describe('splitAmount', () => {
  it('splits a total into n amounts of at least the minimum that sum to it exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 5_000_000_000 }),
        fc.integer(),
        (n, minimum, extra, seed) => {
          const total = n * minimum + extra;
          const amounts = splitAmount(seededRandom(seed), total, n, minimum);
          expect(amounts).toHaveLength(n);
          expect(amounts.reduce((a, b) => a + b, 0)).toBe(total);
          expect(amounts.every((a) => Number.isSafeInteger(a) && a >= minimum)).toBe(true);
        },
      ),
    );
  });

  it('refuses a total too small for the minimum', () => {
    expect(() => splitAmount(seededRandom(1), 99, 10, 10)).toThrow(RangeError);
  });
});
