import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { decodeWith } from './decode';
import { formatFieldErrors } from './fieldErrors';

const Line = t.type({ item: t.string, amount: t.number });
const Party = t.union([
  t.type({ kind: t.literal('enterprise'), uscc: t.string }),
  t.type({ kind: t.literal('university'), name: t.string }),
]);
const Contract = t.intersection([
  t.type({ id: t.string, seller: t.type({ region: t.type({ code: t.string }) }), lines: t.array(Line) }),
  t.partial({ buyer: Party, kind: t.union([t.literal('transfer'), t.literal('licence')]) }),
]);

const valid = { id: 'c-1', seller: { region: { code: '421202' } }, lines: [{ item: 'a', amount: 1 }] };

const errorsOf = (input: unknown, prefix = '') => {
  const result = decodeWith(Contract, input, prefix);
  return result._tag === 'Left' ? result.left : [];
};

describe('fieldErrors: the path of each failure', () => {
  it('names nested object fields with dots', () => {
    expect(errorsOf({ ...valid, seller: { region: { code: 421202 } } })).toEqual([
      { path: 'seller.region.code', message: 'expected string, got 421202' },
    ]);
  });

  it('names array elements by index in brackets, as canonicalJson and InvalidEvent do', () => {
    const lines = [{ item: 'a', amount: 1 }, { item: 'b' }, { item: 3, amount: 2 }];
    expect(errorsOf({ ...valid, lines }).map((e) => e.path)).toEqual(['lines[1].amount', 'lines[2].item']);
  });

  it('prefixes the path (data. for event payloads)', () => {
    expect(errorsOf({ ...valid, id: 7 }, 'data').map((e) => e.path)).toEqual(['data.id']);
  });

  it('never shows union or intersection member indexes as fields', () => {
    const paths = errorsOf({ ...valid, buyer: { kind: 'enterprise', uscc: 5 } }).map((e) => e.path);
    expect(paths).toContain('buyer.uscc');
    expect(paths.every((p) => !/\.\d|\[\d/.test(p))).toBe(true);
  });

  it('a literal union at a field is reported once, naming every alternative', () => {
    expect(errorsOf({ ...valid, kind: 'sale' })).toEqual([
      { path: 'kind', message: 'expected ("transfer" | "licence"), got "sale"' },
    ]);
  });

  it('a missing field is reported at its own path', () => {
    expect(errorsOf({ seller: valid.seller, lines: [] })).toEqual([
      { path: 'id', message: 'expected string, got undefined' },
    ]);
  });

  it('a wrong root is reported at the empty path and formats without a leading colon', () => {
    const errors = errorsOf('not an object');
    expect(errors.map((e) => e.path)).toEqual(['']);
    expect(formatFieldErrors(errors)).toMatch(/^expected .*got "not an object"$/);
    expect(
      formatFieldErrors([
        { path: 'a.b', message: 'm1' },
        { path: '', message: 'm2' },
      ]),
    ).toBe('a.b: m1; m2');
  });
});
