import * as t from 'io-ts';

/** A codec whose stored form differs from its type: an instant held as a Date, stored as ISO text. */
export const InstantFromText = new t.Type<Date, string, unknown>(
  'InstantFromText',
  (u): u is Date => u instanceof Date && !Number.isNaN(u.getTime()),
  (u, c) => {
    const ms = typeof u === 'string' ? Date.parse(u) : Number.NaN;
    return Number.isNaN(ms) ? t.failure(u, c, 'not an ISO instant') : t.success(new Date(ms));
  },
  (d) => d.toISOString(),
);
