import type { BusinessDate } from '@innoledger/kernel';
import * as t from 'io-ts';

/**
 * A published cumulative period (累计): 一季度 Q1 = Jan–Mar, 上半年 H1 = Jan–Jun, 前三季度 Q1-Q3 =
 * Jan–Sep, 全年 year = Jan–Dec. Statistics bureaus publish year-to-date figures, never a lone Q2.
 */
export const ReleasePeriod = t.keyof({ Q1: null, H1: null, 'Q1-Q3': null, year: null });
export type ReleasePeriod = t.TypeOf<typeof ReleasePeriod>;

const LAST_DAY: Record<ReleasePeriod, string> = { Q1: '03-31', H1: '06-30', 'Q1-Q3': '09-30', year: '12-31' };

export interface PeriodBounds {
  readonly periodStart: BusinessDate;
  readonly periodEnd: BusinessDate;
}

/** First and last day of a cumulative period, e.g. 2020 H1 → 2020-01-01 .. 2020-06-30. */
export const periodBounds = (year: number, period: ReleasePeriod): PeriodBounds => ({
  periodStart: `${year}-01-01` as BusinessDate,
  periodEnd: `${year}-${LAST_DAY[period]}` as BusinessDate,
});
