import type { DatedRule } from '../shared/datedRule';
import { type Fen, yuan } from '../shared/money';

/** The figures of the high-tech enterprise (高企) certification rules. */
export interface HighTechRules {
  /** Innovation score needed at expert review: "70分以上(不含70分)", integer scoring. */
  readonly minimumInnovationScore: number;
  /** Length of the public notice (公示) in working days, counting its first day. */
  readonly publicNoticeWorkingDays: number;
  readonly validityYears: number;
  /** The annual development report for a year is due by this day (`MM-DD`) of the following year. */
  readonly annualReportDue: string;
  /** A change of name must be reported within this many months. */
  readonly nameChangeReportMonths: number;
  /** Missed annual reports (cumulative, per certificate) that cancel the certification. */
  readonly missedReportsForRevocation: number;
  /** Years an enterprise must have been established before it may apply. */
  readonly minimumYearsEstablished: number;
}

export const highTechRules: readonly DatedRule<HighTechRules>[] = [
  {
    effectiveFrom: '2016-01-01',
    value: {
      minimumInnovationScore: 71,
      publicNoticeWorkingDays: 10,
      validityYears: 3,
      annualReportDue: '05-31',
      nameChangeReportMonths: 3,
      missedReportsForRevocation: 2,
      minimumYearsEstablished: 1,
    },
    source: '高新技术企业认定管理办法 (国科发火〔2016〕32号), 工作指引 (国科发火〔2016〕195号)',
  },
];

/** The size limits and pass mark of the tech-based SME evaluation (科技型中小企业评价). */
export interface TechSmeRules {
  readonly minimumScore: number;
  readonly maxEmployees: number;
  readonly maxAnnualSales: Fen;
  readonly maxTotalAssets: Fen;
}

export const techSmeRules: readonly DatedRule<TechSmeRules>[] = [
  {
    effectiveFrom: '2017-05-03',
    value: {
      minimumScore: 60,
      maxEmployees: 500,
      maxAnnualSales: yuan(200_000_000),
      maxTotalAssets: yuan(200_000_000),
    },
    source: '科技型中小企业评价办法 (国科发政〔2017〕115号)',
  },
];

/**
 * The main-revenue threshold of an above-scale industrial enterprise (规模以上工业企业). Chosen by
 * the statistical year's first day, since the status describes a whole year whenever it is recorded.
 */
export const aboveScaleThreshold: readonly DatedRule<Fen>[] = [
  { effectiveFrom: '2007-01-01', value: yuan(5_000_000), source: '国家统计局: 年主营业务收入500万元及以上' },
  { effectiveFrom: '2011-01-01', value: yuan(20_000_000), source: '国家统计局: 起点标准自2011年起提高到2000万元' },
];
