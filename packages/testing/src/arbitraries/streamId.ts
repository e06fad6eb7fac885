import { RESERVED_STREAM_PREFIX } from '@innoledger/kernel';
import fc from 'fast-check';

const awkwardUnit = fc.oneof(
  fc.constantFrom('a', 'b', 'Z', '0', '-', '_', '%', ' ', '/', ':', '$'),
  fc.constantFrom("'", '"', '`', ';', '\\', '--', ')', 'DROP TABLE events'),
  fc.constantFrom('\u0001', '\t', '\n', '\r', '\u001f', '\u007f', '\u2028'),
  fc.constantFrom('企', '业', '咸', '宁', '市', '🚀', '𠮷'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((s) => s !== '\u0000'),
);

/**
 * Valid user stream ids: non-empty, no NUL, not under the reserved prefix, and full of what breaks
 * naive storage: quotes, SQL fragments, LIKE wildcards, control characters, Chinese and emoji.
 */
export const arbitraryStreamId = (): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.string({ unit: awkwardUnit, minLength: 1, maxLength: 12 }),
      fc.constantFrom("o'brien", "x'); DROP TABLE events; --", '企业-91421200MA4F0J2X3K', 'a%', 'tab\there', ' '),
    )
    .filter((s) => s.length > 0 && !s.startsWith(RESERVED_STREAM_PREFIX));
