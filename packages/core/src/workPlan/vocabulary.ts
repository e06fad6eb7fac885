import * as t from 'io-ts';

/** How a target is measured: a count, an amount in fen, or a ratio (0.155 for 15.5%). */
export const TargetUnit = t.keyof({ count: null, fen: null, ratio: null });
export type TargetUnit = t.TypeOf<typeof TargetUnit>;

export interface TargetValueBrand {
  readonly TargetValue: unique symbol;
}
/**
 * A target's value: any finite number at the edge (NaN has no JSON form); whether it suits its
 * unit (a whole count, whole fen, a ratio in [0, 1]) is a rule, checked in decide.
 */
export type TargetValue = t.Branded<number, TargetValueBrand>;
export const TargetValue = t.brand(t.number, (n): n is TargetValue => Number.isFinite(n), 'TargetValue');

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

export interface CountBrand {
  readonly Count: unique symbol;
}
/** A non-negative whole number (participants: a number, never people's names). */
export type Count = t.Branded<number, CountBrand>;
export const Count = t.brand(t.number, (n): n is Count => Number.isSafeInteger(n) && n >= 0, 'Count');
