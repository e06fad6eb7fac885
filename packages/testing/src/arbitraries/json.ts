import fc from 'fast-check';

/** A value JSON can carry and give back unchanged. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface JsonValueConstraints {
  /** Nesting depth of arrays and objects; default 3. */
  readonly maxDepth?: number;
  /** Members per array or object; default 5. */
  readonly maxLength?: number;
}

/**
 * Strings mixing ASCII, CJK, emoji and every code point but NUL and half surrogates. NUL is left
 * out because PostgreSQL's jsonb cannot hold it; the kernel itself accepts it.
 */
export const arbitraryJsonString = (maxLength = 12): fc.Arbitrary<string> =>
  fc.string({
    maxLength,
    unit: fc.oneof(
      fc.constantFrom('a', 'Z', '0', ' ', '"', "'", '\\', '\n', '\t', '\u0001', '\u2028', '%', ';'),
      fc.constantFrom('咸', '宁', '科', '技', '局', '🚀', '👩‍🔬', '𠮷'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((s) => s !== '\u0000'),
    ),
  });

/** Finite numbers as JSON gives them back: no -0, no NaN, no Infinity. */
const arbitraryJsonNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }).map((n) => n || 0),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => n || 0),
  fc.constantFrom(0, 1, -1, 0.1, 1e21, 1.5e-7),
);

/** Object keys; `__proto__` is left out since a plain object literal cannot hold it as data. */
const arbitraryKey = arbitraryJsonString(8).filter((k) => k !== '__proto__');

/**
 * Any JSON value (object keys in random order), such that `JSON.parse(JSON.stringify(v))` equals
 * `v` under `toEqual`: the payloads a store must round-trip exactly.
 */
export const arbitraryJsonValue = (constraints: JsonValueConstraints = {}): fc.Arbitrary<JsonValue> => {
  const maxLength = constraints.maxLength ?? 5;
  const { value } = fc.letrec<{ value: JsonValue }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', maxDepth: constraints.maxDepth ?? 3 },
      fc.constant(null),
      fc.boolean(),
      arbitraryJsonNumber,
      arbitraryJsonString(),
      fc.array(tie('value'), { maxLength }),
      fc.dictionary(arbitraryKey, tie('value'), { maxKeys: maxLength, noNullPrototype: true }),
    ),
  }));
  return value;
};

/** A JSON object, the usual shape of event data. */
export const arbitraryJsonObject = (
  constraints: JsonValueConstraints = {},
): fc.Arbitrary<{ readonly [key: string]: JsonValue }> =>
  fc.dictionary(arbitraryKey, arbitraryJsonValue(constraints), {
    maxKeys: constraints.maxLength ?? 5,
    noNullPrototype: true,
  });
