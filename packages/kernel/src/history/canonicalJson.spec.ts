import { describe, expect, it } from 'vitest';
import { canonicalJson, NotCanonicalJson } from './canonicalJson';

const refusal = (value: unknown) => {
  try {
    canonicalJson(value);
  } catch (error) {
    if (error instanceof NotCanonicalJson) return { path: error.path, reason: error.reason };
    throw error;
  }
  return undefined;
};

describe('canonicalJson', () => {
  it('sorts keys by code unit at every depth, writes no whitespace and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [{ z: null, y: 'x' }], B: true, é: 1, 咸: 2, skip: undefined })).toBe(
      '{"B":true,"a":[{"y":"x","z":null}],"b":1,"é":1,"咸":2}',
    );
  });

  it('writes strings and numbers as JSON.stringify does', () => {
    expect(canonicalJson(['"\\\n\u2028🚀', 1e21, 0.1, -0, 5e-324])).toBe(
      JSON.stringify(['"\\\n\u2028🚀', 1e21, 0.1, 0, 5e-324]),
    );
  });

  it.each([
    ['NaN', { a: Number.NaN }, 'a'],
    ['Infinity', [1, Number.NEGATIVE_INFINITY], '[1]'],
    ['undefined in an array', { list: [undefined] }, 'list[0]'],
    ['a function', { a: { f: () => 1 } }, 'a.f'],
    ['a bigint', { n: 1n }, 'n'],
    ['a symbol', [Symbol('s')], '[0]'],
    ['a Date', { when: new Date(0) }, 'when'],
    ['a Map', { m: new Map() }, 'm'],
    ['undefined at the root', undefined, ''],
  ])('refuses %s, naming its path', (_what, value, path) => {
    expect(refusal(value)?.path).toBe(path);
  });

  it('accepts objects without a prototype, as JSON.parse reviver code may build them', () => {
    const bare = Object.assign(Object.create(null) as object, { b: 2, a: 1 });
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}');
  });
});
