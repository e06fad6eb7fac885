import type { Random } from './random';

/** A standard normal draw (Box–Muller). */
const normal = (random: Random): number => {
  const u = 1 - random.next();
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
};

/**
 * Splits `total` (a whole number of yuan) into `n` whole-yuan amounts of at least `minimum` that sum
 * to it exactly, skewed like real contract books: many small contracts and a few large ones.
 */
export const splitAmount = (random: Random, total: number, n: number, minimum: number): number[] => {
  if (!Number.isSafeInteger(total) || n < 1 || total < n * minimum)
    throw new RangeError(`splitAmount: cannot split ${total} into ${n} amounts of at least ${minimum}`);
  const weights = Array.from({ length: n }, () => Math.exp(1.3 * normal(random)));
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = total - n * minimum;
  const amounts = weights.map((w) => minimum + Math.floor((spare * w) / sum));
  const residual = total - amounts.reduce((a, b) => a + b, 0);
  let largest = 0;
  amounts.forEach((a, i) => {
    if (a > (amounts[largest] ?? 0)) largest = i;
  });
  amounts[largest] = (amounts[largest] ?? 0) + residual;
  return amounts;
};
