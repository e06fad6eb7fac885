import { describe, expect, it } from 'vitest';
import { seededRandom, seedFor } from './random';

describe('seededRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('keeps int, pick, weighted and shuffle within their inputs', () => {
    const random = seededRandom(2020);
    for (let i = 0; i < 500; i++) {
      const n = random.int(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
      expect(['a', 'b']).toContain(random.pick(['a', 'b']));
      expect(
        random.weighted([
          ['x', 1],
          ['y', 0],
        ]),
      ).toBe('x');
    }
    expect(random.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => seededRandom(1).pick([])).toThrow(RangeError);
  });
});

describe('seedFor', () => {
  it('gives each area its own stable seed', () => {
    expect(seedFor('contracts')).toBe(seedFor('contracts'));
    expect(seedFor('contracts')).not.toBe(seedFor('platforms'));
  });
});
