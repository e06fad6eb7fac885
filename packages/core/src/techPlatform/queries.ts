import type { PlatformState } from './state';
import type { PlatformLevel } from './vocabulary';

/**
 * The level a platform held on `date`, or undefined when it was not admitted that day (never, not
 * yet, or revoked by then). Decide keeps admissions and revocations in date order and levels rising
 * within a spell, so the latest admission on or before `date` is the level, unless its spell's
 * revocation (the spell-th one) had taken effect.
 */
export const levelOn = (state: PlatformState, date: string): PlatformLevel | undefined => {
  const latest = [...state.admissions].reverse().find((a) => a.on <= date);
  if (latest === undefined) return undefined;
  const ended = state.revocations[latest.spell - 1];
  return ended !== undefined && ended.revokedOn <= date ? undefined : latest.level;
};

/** True when the platform is admitted at some level on `date` (the `platforms.active` stock). */
export const isActiveOn = (state: PlatformState, date: string): boolean => levelOn(state, date) !== undefined;
