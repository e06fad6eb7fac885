import fc from 'fast-check';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { decodeWith } from './decode';

type Segment = { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'union' } | { kind: 'both' };

interface Built {
  readonly codec: t.Mixed;
  readonly good: unknown;
  readonly bad: unknown;
  readonly path: string;
}

const segment: fc.Arbitrary<Segment> = fc.oneof(
  fc.record({ kind: fc.constant('key' as const), key: fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/) }),
  fc.record({ kind: fc.constant('index' as const), index: fc.integer({ min: 0, max: 3 }) }),
  fc.constant({ kind: 'union' as const }),
  fc.constant({ kind: 'both' as const }),
);

const wrap = (inner: Built, s: Segment): Built => {
  switch (s.kind) {
    case 'key':
      return {
        codec: t.type({ [s.key]: inner.codec }),
        good: { [s.key]: inner.good },
        bad: { [s.key]: inner.bad },
        path: inner.path ? `${s.key}${inner.path.startsWith('[') ? '' : '.'}${inner.path}` : s.key,
      };
    case 'index':
      return {
        codec: t.array(inner.codec),
        good: [inner.good],
        bad: [...Array(s.index).fill(inner.good), inner.bad],
        path: `[${s.index}]${inner.path && !inner.path.startsWith('[') ? '.' : ''}${inner.path}`,
      };
    case 'union':
      return {
        good: inner.good,
        bad: inner.bad,
        path: inner.path,
        codec: t.union([inner.codec, t.literal('never-this')]),
      };
    case 'both':
      return { good: inner.good, bad: inner.bad, path: inner.path, codec: t.intersection([inner.codec, t.unknown]) };
  }
};

/** Builds, from the leaf outwards, a codec, a value it accepts and one that fails at exactly `path`. */
const build = (segments: readonly Segment[]): Built => {
  let built: Built = { codec: t.number, good: 1, bad: 'not a number', path: '' };
  for (const s of [...segments].reverse()) built = wrap(built, s);
  return built;
};

describe('fieldErrors properties', () => {
  it('names exactly the failing field: dots for keys, brackets for indexes, nothing for union or intersection members', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
        const built = build(segments);
        expect(decodeWith(built.codec, built.good)._tag).toBe('Right');
        const result = decodeWith(built.codec, built.bad, 'data');
        const paths = result._tag === 'Left' ? result.left.map((e) => e.path) : [];
        const expected = built.path ? `data${built.path.startsWith('[') ? '' : '.'}${built.path}` : 'data';
        expect(paths[0]).toBe(expected);
        // A union's other alternatives may fail too, but only at a path on the way to the field.
        for (const p of paths) expect(expected.startsWith(p)).toBe(true);
      }),
    );
  });
});
