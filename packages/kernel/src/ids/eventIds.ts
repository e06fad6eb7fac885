import { v7 } from 'uuid';
import type { Clock } from '../time/clock';

/** Produces event ids; stores call it once per appended event. */
export type EventIdGenerator = () => string;

/** uuid v7 from the wall clock and crypto randomness: the production default. */
export const uuidV7: EventIdGenerator = () => v7();

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
