import * as t from 'io-ts';

/** 预测 forecast, 初步核算 preliminary, 最终核实 final, 修订 revised: how settled a figure is. */
export const Vintage = t.keyof({ forecast: null, preliminary: null, final: null, revised: null });
export type Vintage = t.TypeOf<typeof Vintage>;

const RANK: Record<Vintage, number> = { forecast: 0, preliminary: 1, final: 2, revised: 3 };

/** A release only moves forward along forecast → preliminary → final → revised. */
export const isVintageRegression = (recorded: Vintage, given: Vintage): boolean => RANK[given] < RANK[recorded];
