import { describe, expect, it } from 'vitest';
import { comparePositions, PositionIndex } from './positionIndex';

const at = (commit: bigint, prepare: bigint = commit) => ({ commit, prepare });

describe('position index', () => {
  it('numbers history events 1..n and translates both ways', () => {
    const index = new PositionIndex();
    expect(index.length).toBe(0);
    expect(index.last()).toBeUndefined();
    expect(index.push(at(100n))).toBe(1);
    expect(index.push(at(250n, 200n))).toBe(2);
    expect(index.push(at(250n, 230n))).toBe(3);
    expect(index.length).toBe(3);
    expect(index.logPositionOf(2)).toEqual(at(250n, 200n));
    expect(index.positionOf(at(250n, 230n))).toBe(3);
    expect(index.positionOf(at(100n))).toBe(1);
    expect(index.last()).toEqual(at(250n, 230n));
  });

  it('does not know positions it never indexed', () => {
    const index = new PositionIndex();
    index.push(at(10n));
    index.push(at(30n));
    expect(index.positionOf(at(20n))).toBeUndefined();
    expect(index.positionOf(at(40n))).toBeUndefined();
    expect(index.logPositionOf(0)).toBeUndefined();
    expect(index.logPositionOf(3)).toBeUndefined();
    expect(index.logPositionOf(1.5)).toBeUndefined();
  });

  it('refuses a log position that does not follow the last one', () => {
    const index = new PositionIndex();
    index.push(at(10n));
    expect(() => index.push(at(10n))).toThrow(RangeError);
    expect(() => index.push(at(9n, 50n))).toThrow(RangeError);
    expect(index.length).toBe(1);
  });

  it('orders positions by commit, then prepare', () => {
    expect(comparePositions(at(1n, 9n), at(2n, 0n))).toBe(-1);
    expect(comparePositions(at(2n, 1n), at(2n, 0n))).toBe(1);
    expect(comparePositions(at(2n, 1n), at(2n, 1n))).toBe(0);
  });
});
