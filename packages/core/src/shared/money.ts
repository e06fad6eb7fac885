import * as t from 'io-ts';

/** Money as an exact integer number of fen (分, 1/100 yuan). Never a float. */
export interface FenBrand {
  readonly Fen: unique symbol;
}
export type Fen = t.Branded<number, FenBrand>;

/** io-ts codec: a non-negative safe integer of fen. */
export const Fen = t.brand(t.number, (n): n is Fen => Number.isSafeInteger(n) && n >= 0, 'Fen');

/** Fen from a whole number of yuan (e.g. `yuan(200_000)` for 20万元). */
export const yuan = (amount: number): Fen => {
  const fen = amount * 100;
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not a whole amount of fen: ${amount} yuan`);
  return fen as Fen;
};

/** Fen from 万元 (10,000 yuan), the unit reports use: `wanYuan(750)` = 7.5 M yuan. */
export const wanYuan = (amount: number): Fen => yuan(amount * 10_000);

/** Fen from 亿元 (100 M yuan): `yiYuan(30.13)` = 3,013,000,000 yuan. Rounds away float noise. */
export const yiYuan = (amount: number): Fen => yuan(Math.round(amount * 100_000_000));
