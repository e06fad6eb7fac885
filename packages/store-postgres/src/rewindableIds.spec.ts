import { describe, expect, it } from 'vitest';
import { rewindableIds } from './rewindableIds';

const counter = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('rewindableIds', () => {
  it('hands out the source ids in order', () => {
    const ids = rewindableIds(counter());
    expect([ids.next(), ids.next(), ids.next()]).toEqual(['id-1', 'id-2', 'id-3']);
  });

  it('hands given-back ids out again first, in their order, then continues the source', () => {
    const ids = rewindableIds(counter());
    const drawn = [ids.next(), ids.next()];
    ids.giveBack(drawn);
    expect([ids.next(), ids.next(), ids.next()]).toEqual(['id-1', 'id-2', 'id-3']);
  });

  it('an attempt that gives back part of a re-drawn batch leaves the sequence whole', () => {
    const ids = rewindableIds(counter());
    ids.giveBack([ids.next(), ids.next()]);
    const second = [ids.next()];
    ids.giveBack(second);
    expect([ids.next(), ids.next(), ids.next(), ids.next()]).toEqual(['id-1', 'id-2', 'id-3', 'id-4']);
  });
});
