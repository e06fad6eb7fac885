import * as t from 'io-ts';

/** The 31 characters GB 32100-2015 allows (no I, O, S, V, Z). */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character for the first 17 characters of a USCC, per GB 32100-2015. */
export const usccCheckCharacter = (first17: string): string => {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i] as string) * (WEIGHTS[i] as number);
  return ALPHABET[(31 - (sum % 31)) % 31] as string;
};

/** True for an 18-character Unified Social Credit Code whose check character is right. */
export const isUscc = (value: unknown): value is Uscc =>
  typeof value === 'string' && SHAPE.test(value) && usccCheckCharacter(value.slice(0, 17)) === value[17];

export interface UsccBrand {
  readonly Uscc: unique symbol;
}
/** 统一社会信用代码: an enterprise's natural key and stream id. */
export type Uscc = t.Branded<string, UsccBrand>;
export const Uscc = t.brand(t.string, (s): s is Uscc => isUscc(s), 'Uscc');
