import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headCache } from './headCache';
import type { StreamHead } from './prepareAppend';

type Op =
  | { readonly kind: 'learn'; readonly id: string; readonly version: number }
  | { readonly kind: 'get'; readonly id: string }
  | { readonly kind: 'forget'; readonly id: string };

const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('learn' as const), id: ids, version: fc.nat(20) }),
  fc.record({ kind: fc.constant('get' as const), id: ids }),
  fc.record({ kind: fc.constant('forget' as const), id: ids }),
);

/** The model: most recently used last, at most `capacity` entries. */
const modelRun = (capacity: number, ops: readonly Op[]): (StreamHead | undefined)[] => {
  let entries: [string, StreamHead][] = [];
  const out: (StreamHead | undefined)[] = [];
  for (const o of ops) {
    const found = entries.find(([id]) => id === o.id);
    if (o.kind === 'forget') entries = entries.filter(([id]) => id !== o.id);
    if (o.kind === 'get') {
      out.push(found?.[1]);
      if (found) entries = [...entries.filter(([id]) => id !== o.id), found];
    }
    if (o.kind === 'learn' && !(found && found[1].version > o.version)) {
      entries = [...entries.filter(([id]) => id !== o.id), [o.id, { version: o.version, hash: `h${o.version}` }]];
      entries = capacity < 1 ? [] : entries.slice(-capacity);
    }
  }
  return out;
};

describe('headCache properties', () => {
  it('answers every get as a least-recently-used model does, and never holds more than its capacity', () => {
    fc.assert(
      fc.property(fc.nat(7), fc.array(op, { maxLength: 80 }), (capacity, ops) => {
        const cache = headCache(capacity);
        const answers: (StreamHead | undefined)[] = [];
        for (const o of ops) {
          if (o.kind === 'learn') cache.learn(o.id, { version: o.version, hash: `h${o.version}` });
          if (o.kind === 'get') answers.push(cache.get(o.id));
          if (o.kind === 'forget') cache.forget(o.id);
          expect(cache.size).toBeLessThanOrEqual(capacity);
        }
        expect(answers).toEqual(modelRun(capacity, ops));
      }),
    );
  });

  it('a learnt version never goes down while the head is held', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 1, maxLength: 30 }), (versions) => {
        const cache = headCache();
        for (const v of versions) cache.learn('s', { version: v, hash: `h${v}` });
        expect(cache.get('s')?.version).toBe(Math.max(...versions));
      }),
    );
  });
});
