import type * as t from 'io-ts';
import { brandedNumber } from './brands';

/**
 * Any finite number, kept as given: NaN and the infinities have no JSON form, so they are refused
 * at the edge. Whether a value suits its use (a share in [0, 1], a whole count) is a rule, checked
 * in decide. Published rates (`Rate`) and target values (`TargetValue`) are finite numbers.
 */
export const FiniteNumber = brandedNumber('FiniteNumber', Number.isFinite);
export type FiniteNumber = t.TypeOf<typeof FiniteNumber>;

/** A non-negative safe integer: a number of people, of participants, of anything counted one by one. */
export const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;
