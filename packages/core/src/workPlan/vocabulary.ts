import * as t from 'io-ts';
import { brandedNumber } from '../shared/brands';
import { FiniteNumber, isCount } from '../shared/numbers';

/** How a target is measured: a count, an amount in fen, or a ratio (0.155 for 15.5%). */
export const TargetUnit = t.keyof({ count: null, fen: null, ratio: null });
export type TargetUnit = t.TypeOf<typeof TargetUnit>;

/**
 * A target's value: any finite number at the edge (NaN has no JSON form); whether it suits its
 * unit (a whole count, whole fen, a ratio in [0, 1]) is a rule, checked in decide.
 */
export const TargetValue = FiniteNumber;
export type TargetValue = FiniteNumber;

/** True when `value` is a valid value for `unit`. */
export const fitsUnit = (unit: TargetUnit, value: number): boolean =>
  unit === 'ratio' ? value >= 0 && value <= 1 : Number.isSafeInteger(value) && value >= 0;

/** 培训 training, 讲堂/讲座 lecture, 产学研对接 matchmaking, 科技特派员选派 commissioner dispatch. */
export const ServiceActivityKind = t.keyof({
  training: null,
  lecture: null,
  matchmaking: null,
  'commissioner-dispatch': null,
});
export type ServiceActivityKind = t.TypeOf<typeof ServiceActivityKind>;

/** A non-negative whole number (participants: a number, never people's names). */
export const Count = brandedNumber('Count', isCount);
export type Count = t.TypeOf<typeof Count>;
