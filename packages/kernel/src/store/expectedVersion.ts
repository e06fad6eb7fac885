/**
 * What the caller believes about the stream before appending:
 * `'any'` (no check), `'no_stream'` (no events yet), `'stream_exists'` (at least one event), or the
 * exact current version (0 means the same as `'no_stream'`).
 */
export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | number;

/** True when a stream at `actual` (0 = no events) satisfies `expected`. */
export const matchesExpectedVersion = (expected: ExpectedVersion, actual: number): boolean => {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === 0;
    case 'stream_exists':
      return actual > 0;
    default:
      return expected === actual;
  }
};

/** A number expected version must be a non-negative safe integer. */
export const isExpectedVersion = (value: unknown): value is ExpectedVersion =>
  value === 'any' ||
  value === 'no_stream' ||
  value === 'stream_exists' ||
  (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0);
