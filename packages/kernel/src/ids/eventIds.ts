import { randomFillSync } from 'node:crypto';
import { v7 } from 'uuid';
import type { Clock } from '../time/clock';

/** Produces event ids; stores call it once per appended event. */
export type EventIdGenerator = () => string;

// Random bytes are drawn 4 KiB at a time: asking the CSPRNG for 16 bytes per id cost more than the
// rest of making the id.
const POOL_SIZE = 4096;
const pool = new Uint8Array(POOL_SIZE);
let poolAt = POOL_SIZE;
const random = new Uint8Array(16);
const nextRandom16 = (): Uint8Array => {
  if (poolAt + 16 > POOL_SIZE) {
    randomFillSync(pool);
    poolAt = 0;
  }
  for (let i = 0; i < 16; i++) random[i] = pool[poolAt + i] as number;
  poolAt += 16;
  return random;
};

const bytes = new Uint8Array(16);
// An id's text is written into one buffer and read out as one flat string: built from 21 pieces it
// was a rope that every later use (quoting, hashing, binding) had to flatten first.
const HIGH = new Uint8Array(256);
const LOW = new Uint8Array(256);
for (let byte = 0; byte < 256; byte++) {
  const pair = byte.toString(16).padStart(2, '0');
  HIGH[byte] = pair.charCodeAt(0);
  LOW[byte] = pair.charCodeAt(1);
}
const TEXT_AT = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];
const text = Buffer.from('00000000-0000-0000-0000-000000000000', 'latin1');

// The same monotonic rule as uuid's own v7 state: a new millisecond starts a random counter, ids
// within one millisecond count up from it, and a counter overflow borrows the next millisecond.
let lastMsecs = Number.NEGATIVE_INFINITY;
let seq = 0;

/**
 * uuid v7 from the wall clock and crypto randomness: the production default. uuid lays out the
 * bytes into a reused buffer and they are written out here, without the two arrays and the
 * lower-casing that a string from uuid costs per id (a twentieth of an append).
 */
export const uuidV7: EventIdGenerator = () => {
  const random = nextRandom16();
  const now = Date.now();
  if (now > lastMsecs) {
    seq =
      (((random[6] as number) & 0x7f) << 24) |
      ((random[7] as number) << 16) |
      ((random[8] as number) << 8) |
      (random[9] as number);
    lastMsecs = now;
  } else {
    seq = (seq + 1) | 0;
    if (seq === 0) lastMsecs++;
  }
  v7({ msecs: lastMsecs, seq, random }, bytes, 0);
  for (let i = 0; i < 16; i++) {
    const byte = bytes[i] as number;
    const at = TEXT_AT[i] as number;
    text[at] = HIGH[byte] as number;
    text[at + 1] = LOW[byte] as number;
  }
  return text.toString('latin1', 0, 36);
};

/** mulberry32: tiny, fast and good enough to make ids reproducible; not for secrets. */
const mulberry32 = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/**
 * uuid v7 ids whose time part comes from `clock` and whose random part comes from a seeded PRNG, so
 * a history rebuilt with the same seed and simulated clock has byte-identical ids and hashes.
 */
export const seededUuidV7 = (seed: number, clock: Clock): EventIdGenerator => {
  const next = mulberry32(seed);
  return () => {
    const random = new Uint8Array(16);
    for (let i = 0; i < 16; i++) random[i] = Math.floor(next() * 256);
    return v7({ msecs: clock.now().getTime(), random });
  };
};
