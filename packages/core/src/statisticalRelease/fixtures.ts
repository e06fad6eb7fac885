import type { BusinessDate } from '@innoledger/kernel';
import { deciderSpec } from '@innoledger/testing';
import type { RegionId } from '../regions/region';
import { defaultDomainConfig } from '../shared/domainConfig';
import { yiYuan } from '../shared/money';
import type { NonEmptyString, Year } from '../shared/strings';
import { acceptedHistory } from '../shared/testing/deciders';
import type { PublishStatistics } from './commands';
import type { StatisticalReleaseEvent } from './events';
import type { Rate } from './figures';
import { statisticalRelease } from './index';

// Test fixtures: Xianning's 2020 releases as the seed reports them.

export const r = (n: number) => n as Rate;
export const xianning = 'xianning' as RegionId;
export const source = '咸宁市统计局 一季度统计月报' as NonEmptyString;
export const q1 = { regionId: xianning, year: 2020 as Year, period: 'Q1' as const };
export const h1 = { regionId: xianning, year: 2020 as Year, period: 'H1' as const };
export const q1Dates = { periodStart: '2020-01-01' as BusinessDate, periodEnd: '2020-03-31' as BusinessDate };
export const h1Dates = { periodStart: '2020-01-01' as BusinessDate, periodEnd: '2020-06-30' as BusinessDate };

type Stated = Omit<PublishStatistics['data'], 'regionId' | 'year' | 'period' | 'vintage' | 'publishedOn' | 'source'>;

export const publish = (
  key: typeof q1 | typeof h1,
  vintage: PublishStatistics['data']['vintage'],
  publishedOn: string,
  figures: Stated,
): PublishStatistics => ({
  type: 'PublishStatistics',
  data: { ...key, vintage, publishedOn: publishedOn as BusinessDate, source, ...figures },
});

/** 一季度高新技术产业增加值30.95亿元，同比下跌40.5%，占GDP比重13.45% (GDP 230.11亿元, derived). */
export const q1Figures = {
  hightechValueAdded: yiYuan(30.95),
  hightechVaYoy: r(-0.405),
  gdp: yiYuan(230.11),
  publishedShare: r(0.1345),
};
export const q1Preliminary = publish(q1, 'preliminary', '2020-04-28', q1Figures);
/** 预计二季度…占GDP比重将达14.5%: a forecast of the H1 share alone. */
export const h1Forecast = publish(h1, 'forecast', '2020-06-20', { publishedShare: r(0.145) });

const decider = statisticalRelease.decider(defaultDomainConfig);

/** given/when/then on the StatisticalRelease decider, on Xianning's regions. */
export const spec = deciderSpec(decider);

/** The events of deciding each command in turn; throws on a refusal (a fixture, not a test). */
export const history = (...commands: PublishStatistics[]): StatisticalReleaseEvent[] =>
  acceptedHistory(decider, commands);
