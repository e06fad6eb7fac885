import type { IndicatorUnit } from '@innoledger/indicators';

const FEN_PER_YI = 10_000_000_000; // 1 亿元 = 10^8 yuan = 10^10 fen
const FEN_PER_WAN = 1_000_000; // 1 万元 = 10^4 yuan = 10^6 fen

const fixed = (n: number, digits: number) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Money the way the bureau's reports write it: 亿元 from one hundred million yuan, else 万元. */
export const formatFen = (fen: number): string =>
  Math.abs(fen) >= FEN_PER_YI ? `${fixed(fen / FEN_PER_YI, 2)}亿元` : `${fixed(fen / FEN_PER_WAN, 2)}万元`;

/** A ratio as a percentage with two decimals (13.45%). */
export const formatRatio = (ratio: number): string => `${fixed(ratio * 100, 2)}%`;

export const formatValue = (value: number | null | undefined, unit: IndicatorUnit): string => {
  if (value === null || value === undefined) return '—';
  if (unit === 'fen') return formatFen(value);
  if (unit === 'ratio') return formatRatio(value);
  return value.toLocaleString('en-US');
};
