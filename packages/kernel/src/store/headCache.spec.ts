import { describe, expect, it } from 'vitest';
import { headCache } from './headCache';
import { EMPTY_HEAD } from './prepareAppend';

const head = (version: number) => ({ version, hash: `hash-${version}` });

describe('headCache', () => {
  it('evicts the least recently used head once past capacity; a hit counts as use', () => {
    const cache = headCache(2);
    cache.learn('a', head(1));
    cache.learn('b', head(1));
    expect(cache.get('a')).toEqual(head(1));
    cache.learn('c', head(1));
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual([head(1), undefined, head(1), 2]);
  });

  it('keeps the higher version: a read that started before an append is older news', () => {
    const cache = headCache();
    cache.learn('s', head(3));
    cache.learn('s', head(2));
    expect(cache.get('s')).toEqual(head(3));
    cache.learn('s', head(4));
    expect(cache.get('s')).toEqual(head(4));
    cache.forget('s');
    cache.learn('s', EMPTY_HEAD);
    expect(cache.get('s')).toEqual(EMPTY_HEAD);
  });

  it('with capacity 0 remembers no head', () => {
    const cache = headCache(0);
    cache.learn('s', head(1));
    expect([cache.get('s'), cache.size]).toEqual([undefined, 0]);
  });

  it('remembers the latest recordedAt it saw, whatever the order', () => {
    const cache = headCache();
    expect(cache.lastRecordedAt()).toBeUndefined();
    cache.sawRecordedAt('2020-06-01T00:00:00.000Z');
    cache.sawRecordedAt('2020-05-01T00:00:00.000Z');
    cache.sawRecordedAt(undefined);
    expect(cache.lastRecordedAt()).toBe('2020-06-01T00:00:00.000Z');
    cache.sawRecordedAt('2020-06-01T00:00:00.001Z');
    expect(cache.lastRecordedAt()).toBe('2020-06-01T00:00:00.001Z');
  });
});
