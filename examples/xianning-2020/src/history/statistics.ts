import { CITY } from '../regions';
import { createSchedule, type ScheduledCommand } from '../schedule';

type Period = 'Q1' | 'H1' | 'Q1-Q3' | 'year';
type Vintage = 'forecast' | 'preliminary' | 'final' | 'revised';

interface Publication {
  readonly year: number;
  readonly period: Period;
  readonly vintage: Vintage;
  readonly publishedOn: string;
  readonly source: string;
  readonly gdp?: number;
  readonly hightechValueAdded?: number;
  readonly hightechVaYoy?: number;
  readonly publishedShare?: number;
}

/** 亿元 → fen, exactly (the figures below have at most two decimals of 亿元). */
const yi = (amount: number): number => Math.round(amount * 100) * 100_000_000;

/**
 * The city's published cumulative statistics for 2019 and 2020, in publication order. The seed
 * fixes Q1 2020 (30.95亿元, −40.5%, 13.45%), Q1 2019 (derived: 52.02亿元 of 316.2亿元, 16.45%),
 * H1 2019 (14.5%) and the H1 2020 forecast of 14.5%; the other figures are plausible choices.
 */
export const publications: readonly Publication[] = [
  {
    year: 2019,
    period: 'Q1',
    vintage: 'preliminary',
    publishedOn: '2019-04-26',
    source: '咸宁市统计局 2019年一季度统计月报',
    gdp: yi(316.2),
    hightechValueAdded: yi(52.02),
    hightechVaYoy: 0.115,
    publishedShare: 0.1645,
  },
  {
    year: 2019,
    period: 'H1',
    vintage: 'preliminary',
    publishedOn: '2019-07-26',
    source: '咸宁市统计局 2019年上半年统计月报',
    gdp: yi(700),
    hightechValueAdded: yi(101.5),
    hightechVaYoy: 0.112,
    publishedShare: 0.145,
  },
  {
    year: 2019,
    period: 'Q1-Q3',
    vintage: 'preliminary',
    publishedOn: '2019-10-28',
    source: '咸宁市统计局 2019年前三季度统计月报',
    gdp: yi(1125),
    hightechValueAdded: yi(162),
    hightechVaYoy: 0.108,
    publishedShare: 0.144,
  },
  {
    year: 2019,
    period: 'year',
    vintage: 'preliminary',
    publishedOn: '2020-01-21',
    source: '咸宁市统计局 2019年统计月报（初步核算）',
    gdp: yi(1590),
    hightechValueAdded: yi(229),
    hightechVaYoy: 0.106,
    publishedShare: 0.144,
  },
  {
    year: 2020,
    period: 'Q1',
    vintage: 'preliminary',
    publishedOn: '2020-04-24',
    source: '咸宁市统计局 2020年一季度统计月报',
    gdp: yi(230.11),
    hightechValueAdded: yi(30.95),
    hightechVaYoy: -0.405,
    publishedShare: 0.1345,
  },
  {
    year: 2020,
    period: 'H1',
    vintage: 'forecast',
    publishedOn: '2020-07-10',
    source: '咸宁市科技局 2020年上半年工作总结（预计二季度数据）',
    publishedShare: 0.145,
  },
  {
    year: 2020,
    period: 'H1',
    vintage: 'preliminary',
    publishedOn: '2020-07-31',
    source: '咸宁市统计局 2020年上半年统计月报',
    gdp: yi(580),
    hightechValueAdded: yi(84.68),
    hightechVaYoy: -0.166,
    publishedShare: 0.146,
  },
  {
    year: 2020,
    period: 'Q1-Q3',
    vintage: 'preliminary',
    publishedOn: '2020-10-30',
    source: '咸宁市统计局 2020年前三季度统计月报',
    gdp: yi(1024),
    hightechValueAdded: yi(148),
    hightechVaYoy: -0.086,
    publishedShare: 0.1445,
  },
  {
    year: 2019,
    period: 'year',
    vintage: 'final',
    publishedOn: '2020-12-28',
    source: '咸宁市统计局 2019年地区生产总值最终核实数',
    gdp: yi(1594.24),
    hightechValueAdded: yi(229.57),
    hightechVaYoy: 0.108,
    publishedShare: 0.144,
  },
  {
    year: 2020,
    period: 'year',
    vintage: 'preliminary',
    publishedOn: '2021-01-29',
    source: '咸宁市统计局 2020年统计月报（初步核算）',
    gdp: yi(1524.67),
    hightechValueAdded: yi(236),
    hightechVaYoy: 0.028,
    publishedShare: 0.1548,
  },
  {
    year: 2020,
    period: 'year',
    vintage: 'final',
    publishedOn: '2021-04-20',
    source: '咸宁市2020年国民经济和社会发展统计公报',
    gdp: yi(1524.67),
    hightechValueAdded: yi(236.12),
    hightechVaYoy: 0.028,
    publishedShare: 0.1549,
  },
];

/** Each release recorded on the day it was published. */
export const statisticsHistory = (): ScheduledCommand[] => {
  const schedule = createSchedule();
  for (const { source, ...p } of publications)
    schedule.add(p.publishedOn, 'PublishStatistics', { regionId: CITY, ...p, source }, source);
  return [...schedule.commands];
};
