import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PositionIndex } from './positionIndex';

const at = (commit: bigint, prepare: bigint = commit) => ({ commit, prepare });

describe('position index properties', () => {
  it('finds every indexed position, past several growths', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 1n, max: 2n ** 40n }), { maxLength: 3000 }), (steps) => {
        const index = new PositionIndex();
        const logged: bigint[] = [];
        let commit = 0n;
        for (const step of steps) {
          commit += step;
          logged.push(commit);
          index.push(at(commit, commit - 1n));
        }
        expect(index.length).toBe(logged.length);
        logged.forEach((c, i) => {
          expect(index.positionOf(at(c, c - 1n))).toBe(i + 1);
          expect(index.logPositionOf(i + 1)).toEqual(at(c, c - 1n));
        });
      }),
      { numRuns: 20 },
    );
  });
});
