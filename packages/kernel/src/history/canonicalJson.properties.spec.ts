import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryEventMetadata, arbitraryJsonValue, arbitraryStreamId } from '../../../testing/src/index';
import { canonicalForm, canonicalJson } from './canonicalJson';
import { canonicalEventText, type HashedFields } from './hash';

/** The same value with every object's keys in another order. */
const reorder = (value: unknown, seed: number): unknown => {
  if (Array.isArray(value)) return value.map((v) => reorder(v, seed));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const rotated =
    entries.length === 0
      ? entries
      : [...entries.slice(seed % entries.length), ...entries.slice(0, seed % entries.length)].reverse();
  return Object.fromEntries(rotated.map(([k, v]) => [k, reorder(v, seed + 1)]));
};

const hashedFields: fc.Arbitrary<HashedFields> = fc.record({
  eventId: fc.uuid({ version: 7 }),
  type: fc.string({ minLength: 1, unit: 'grapheme' }),
  schemaVersion: fc.integer({ min: 1, max: 1000 }),
  data: arbitraryJsonValue(),
  streamId: arbitraryStreamId(),
  streamVersion: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  occurredAt: fc.constantFrom('2020-01-01', '2020-12-31'),
  recordedAt: fc
    .date({ noInvalidDate: true, min: new Date(0), max: new Date('2100-01-01') })
    .map((d) => d.toISOString()),
  metadata: arbitraryEventMetadata(),
  prevHash: fc.stringMatching(/^[0-9a-f]{64}$/),
});

describe('canonicalJson properties', () => {
  it('does not depend on key order', () => {
    fc.assert(
      fc.property(arbitraryJsonValue(), fc.nat(), (value, seed) => {
        expect(canonicalJson(reorder(value, seed))).toBe(canonicalJson(value));
      }),
    );
  });

  // Not JSON.stringify(JSON.parse(text)) === text: JS puts integer-like keys first, whatever the text says.
  it('JSON.parse gives the value back, and the text is a fixed point', () => {
    fc.assert(
      fc.property(arbitraryJsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it('canonicalForm: the canonical text and a copy equal to it parsed back, sharing no object with the input', () => {
    const objectsOf = (v: unknown, out = new Set<object>()): Set<object> => {
      if (v !== null && typeof v === 'object') {
        out.add(v);
        for (const child of Object.values(v)) objectsOf(child, out);
      }
      return out;
    };
    fc.assert(
      fc.property(fc.oneof(arbitraryJsonValue(), fc.constant({ b: -0, a: [-0, 1e21] })), fc.nat(), (value, seed) => {
        const input = reorder(value, seed);
        const form = canonicalForm(input);
        expect(form.json).toBe(canonicalJson(input));
        // Object.is tells -0 from 0, as toEqual on numbers does not.
        expect(JSON.stringify(form.value)).toBe(JSON.stringify(JSON.parse(form.json)));
        expect(form.value).toStrictEqual(JSON.parse(form.json));
        const shared = [...objectsOf(form.value)].filter((o) => objectsOf(input).has(o));
        expect(shared).toEqual([]);
      }),
    );
  });

  it('canonicalEventText of the hashed fields is canonicalJson of the same fields', () => {
    fc.assert(
      fc.property(hashedFields, (fields) => {
        expect(canonicalEventText(fields, canonicalJson(fields.data), canonicalJson(fields.metadata))).toBe(
          canonicalJson(fields),
        );
      }),
    );
  });
});
