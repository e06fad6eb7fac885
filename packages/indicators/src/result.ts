/** The three units an indicator can have. Money is integer fen; a ratio is a fraction (0.1345). */
export type IndicatorUnit = 'fen' | 'ratio' | 'count';

export interface BilingualLabel {
  readonly zh: string;
  readonly en: string;
}

/**
 * One indicator for one region and period, as known at one moment. Every optional field is
 * present only when it means something: a target only if the work plan set one, `numerator` and
 * `denominator` only for ratios, `reason` only when `value` is null.
 */
export interface IndicatorResult {
  readonly id: string;
  readonly label: BilingualLabel;
  readonly unit: IndicatorUnit;
  readonly value: number | null;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly target?: number;
  /** value ÷ target. */
  readonly progress?: number;
  /** Share of the year elapsed at the period's last day. */
  readonly timeProgress: number;
  /** progress ≥ timeProgress. */
  readonly aheadOfSchedule?: boolean;
  /** The same indicator for the same period a year earlier, when history has it. */
  readonly previousYear?: number;
  /** The year-on-year rate as the statistics bureau published it (−0.405 for −40.5%). */
  readonly publishedYoy?: number;
  /** The figure split by kind, level, programme…: keys are stable ids, values in `unit`. */
  readonly breakdown?: Readonly<Record<string, number>>;
  /** Statistics only: which publication the value comes from. */
  readonly vintage?: string;
  readonly reason?: string;
}
