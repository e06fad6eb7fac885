import type { BusinessDate } from '@innoledger/kernel';
import { left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { RegionId } from '../regions/region';
import { defaultDomainConfig } from '../shared/domainConfig';
import { yiYuan, yuan } from '../shared/money';
import type { NonEmptyString, Year } from '../shared/strings';
import type { PublishStatistics } from './commands';
import type { StatisticalReleaseEvent } from './events';
import type { Rate } from './figures';
import { statisticalRelease } from './index';
import { periodBounds } from './period';

const { initialState, decide, evolve } = statisticalRelease.decider(defaultDomainConfig);
const given = (events: readonly StatisticalReleaseEvent[]) => ({
  when: (command: PublishStatistics) => decide(command, events.reduce(evolve, initialState)),
});
/** Decides each command in turn on the events so far and returns all events (fails on a refusal). */
const history = (...commands: PublishStatistics[]): StatisticalReleaseEvent[] => {
  const events: StatisticalReleaseEvent[] = [];
  for (const command of commands) {
    const decided = given(events).when(command);
    if (decided._tag === 'Left') throw new Error(`refused: ${JSON.stringify(decided.left)}`);
    events.push(...decided.right);
  }
  return events;
};

const r = (n: number) => n as Rate;
const xianning = 'xianning' as RegionId;
const source = '咸宁市统计局 一季度统计月报' as NonEmptyString;
const q1 = { regionId: xianning, year: 2020 as Year, period: 'Q1' as const };
const h1 = { regionId: xianning, year: 2020 as Year, period: 'H1' as const };
const q1Dates = { periodStart: '2020-01-01', periodEnd: '2020-03-31' };
const h1Dates = { periodStart: '2020-01-01', periodEnd: '2020-06-30' };

const publish = (
  key: typeof q1 | typeof h1,
  vintage: PublishStatistics['data']['vintage'],
  publishedOn: string,
  figures: Omit<PublishStatistics['data'], 'regionId' | 'year' | 'period' | 'vintage' | 'publishedOn' | 'source'>,
): PublishStatistics => ({
  type: 'PublishStatistics',
  data: { ...key, vintage, publishedOn: publishedOn as BusinessDate, source, ...figures },
});

// The seed: 一季度高新技术产业增加值30.95亿元，同比下跌40.5%，占GDP比重13.45% (GDP 230.11亿元 derived).
const q1Figures = {
  hightechValueAdded: yiYuan(30.95),
  hightechVaYoy: r(-0.405),
  gdp: yiYuan(230.11),
  publishedShare: r(0.1345),
};
const q1Preliminary = publish(q1, 'preliminary', '2020-04-28', q1Figures);
// 预计二季度…占GDP比重将达14.5%: a forecast of the H1 share alone.
const h1Forecast = publish(h1, 'forecast', '2020-06-20', { publishedShare: r(0.145) });

describe('PublishStatistics: the first publication', () => {
  it('publishes the seed Q1 figures with the period as dates', () => {
    expect(given([]).when(q1Preliminary)).toEqual(
      right([
        {
          type: 'StatisticsPublished',
          data: {
            ...q1Preliminary.data,
            ...q1Dates,
            stated: ['gdp', 'hightechValueAdded', 'hightechVaYoy', 'publishedShare'],
          },
        },
      ]),
    );
  });

  it('publishes a forecast that gives only a share, before the period ends', () => {
    expect(given([]).when(h1Forecast)).toEqual(
      right([{ type: 'StatisticsPublished', data: { ...h1Forecast.data, ...h1Dates, stated: ['publishedShare'] } }]),
    );
  });

  it('accepts a share of exactly 0 or 1 and a fall of exactly 100%', () => {
    for (const figures of [{ publishedShare: r(0) }, { publishedShare: r(1) }, { hightechVaYoy: r(-1), gdpYoy: r(-1) }])
      expect(given([]).when(publish(q1, 'preliminary', '2020-04-28', figures))._tag).toBe('Right');
  });

  it('refuses an unknown region', () => {
    const c = publish({ ...q1, regionId: 'wuhan' as RegionId }, 'preliminary', '2020-04-28', q1Figures);
    expect(given([]).when(c)).toEqual(left({ _tag: 'UnknownRegion', regionId: 'wuhan', path: 'data.regionId' }));
  });

  it('refuses a publication without any figure', () => {
    expect(given([]).when(publish(q1, 'preliminary', '2020-04-28', {}))).toEqual(
      left({ _tag: 'NoFigures', release: q1, publishedOn: '2020-04-28' }),
    );
  });

  it('refuses a share outside [0, 1]', () => {
    for (const share of [1.345, -0.01])
      expect(given([]).when(publish(q1, 'preliminary', '2020-04-28', { publishedShare: r(share) }))).toEqual(
        left({ _tag: 'ShareOutOfRange', release: q1, publishedShare: share }),
      );
  });

  it('refuses a year-on-year fall of more than 100%', () => {
    expect(given([]).when(publish(q1, 'preliminary', '2020-04-28', { hightechVaYoy: r(-40.5) }))).toEqual(
      left({ _tag: 'RateOutOfRange', release: q1, field: 'hightechVaYoy', value: -40.5 }),
    );
    expect(given([]).when(publish(q1, 'preliminary', '2020-04-28', { gdpYoy: r(-1.1) }))).toEqual(
      left({ _tag: 'RateOutOfRange', release: q1, field: 'gdpYoy', value: -1.1 }),
    );
  });

  it('refuses a GDP of zero', () => {
    expect(given([]).when(publish(q1, 'preliminary', '2020-04-28', { gdp: yuan(0) }))).toEqual(
      left({ _tag: 'GdpNotPositive', release: q1, gdp: 0 }),
    );
  });

  it('refuses value added above the GDP of the same publication', () => {
    const c = publish(q1, 'preliminary', '2020-04-28', { gdp: yiYuan(30), hightechValueAdded: yiYuan(30.95) });
    expect(given([]).when(c)).toEqual(
      left({
        _tag: 'ValueAddedAboveGdp',
        release: q1,
        hightechValueAdded: yiYuan(30.95),
        gdp: yiYuan(30),
        stated: ['gdp', 'hightechValueAdded'],
      }),
    );
  });

  it('refuses a measured figure published on or before the last day of its period', () => {
    expect(given([]).when(publish(q1, 'preliminary', '2020-03-31', q1Figures))).toEqual(
      left({
        _tag: 'PublishedBeforePeriodEnd',
        release: q1,
        vintage: 'preliminary',
        periodEnd: '2020-03-31',
        publishedOn: '2020-03-31',
      }),
    );
    expect(given([]).when(publish(q1, 'preliminary', '2020-04-01', q1Figures))._tag).toBe('Right');
  });
});

describe('PublishStatistics: later publications are revisions', () => {
  it('revises a forecast with the preliminary figures, dropping the forecast share', () => {
    const preliminary = publish(h1, 'preliminary', '2020-07-30', {
      hightechValueAdded: yiYuan(70),
      gdp: yiYuan(480),
    });
    expect(given(history(h1Forecast)).when(preliminary)).toEqual(
      right([
        {
          type: 'StatisticsRevised',
          data: {
            ...preliminary.data,
            ...h1Dates,
            stated: ['gdp', 'hightechValueAdded'],
            revision: 1,
            previous: { vintage: 'forecast', publishedOn: '2020-06-20', publishedShare: 0.145 },
          },
        },
      ]),
    );
  });

  it('carries a forecast figure into a later forecast', () => {
    const again = publish(h1, 'forecast', '2020-07-05', { hightechVaYoy: r(-0.2) });
    expect(given(history(h1Forecast)).when(again)).toEqual(
      right([
        {
          type: 'StatisticsRevised',
          data: {
            ...again.data,
            ...h1Dates,
            publishedShare: 0.145,
            stated: ['hightechVaYoy'],
            revision: 1,
            previous: { vintage: 'forecast', publishedOn: '2020-06-20', publishedShare: 0.145 },
          },
        },
      ]),
    );
  });

  it('carries the figures a final publication does not restate, and keeps the first figures in history', () => {
    const final = publish(q1, 'final', '2021-01-20', { gdp: yiYuan(231) });
    const events = history(q1Preliminary, final);
    expect(events).toEqual([
      {
        type: 'StatisticsPublished',
        data: {
          ...q1Preliminary.data,
          ...q1Dates,
          stated: ['gdp', 'hightechValueAdded', 'hightechVaYoy', 'publishedShare'],
        },
      },
      {
        type: 'StatisticsRevised',
        data: {
          ...final.data,
          ...q1Figures,
          gdp: yiYuan(231),
          ...q1Dates,
          stated: ['gdp'],
          revision: 1,
          previous: { vintage: 'preliminary', publishedOn: '2020-04-28', ...q1Figures },
        },
      },
    ]);
  });

  it('accepts a second publication of the same vintage that adds a figure, and numbers revisions', () => {
    const vaFirst = publish(q1, 'preliminary', '2020-04-20', { hightechValueAdded: yiYuan(30.95) });
    const gdpLater = publish(q1, 'preliminary', '2020-04-28', { gdp: yiYuan(230.11) });
    const revised = publish(q1, 'revised', '2021-06-30', { gdp: yiYuan(232) });
    const again = publish(q1, 'revised', '2021-09-30', { gdp: yiYuan(233) });
    const events = history(vaFirst, gdpLater, revised, again);
    expect(events.map((e) => [e.type, e.data.vintage, e.data.gdp, e.data.hightechValueAdded])).toEqual([
      ['StatisticsPublished', 'preliminary', undefined, yiYuan(30.95)],
      ['StatisticsRevised', 'preliminary', yiYuan(230.11), yiYuan(30.95)],
      ['StatisticsRevised', 'revised', yiYuan(232), yiYuan(30.95)],
      ['StatisticsRevised', 'revised', yiYuan(233), yiYuan(30.95)],
    ]);
    expect(events.map((e) => (e.type === 'StatisticsRevised' ? e.data.revision : 0))).toEqual([0, 1, 2, 3]);
  });

  it('accepts the same figures when the vintage moves on (preliminary confirmed as final)', () => {
    const final = publish(q1, 'final', '2021-01-20', q1Figures);
    expect(given(history(q1Preliminary)).when(final)._tag).toBe('Right');
  });

  it('refuses a step back in vintage', () => {
    const final = publish(q1, 'final', '2021-01-20', { gdp: yiYuan(231) });
    expect(given(history(q1Preliminary, final)).when(publish(q1, 'preliminary', '2021-02-01', q1Figures))).toEqual(
      left({ _tag: 'VintageRegression', release: q1, recorded: 'final', given: 'preliminary' }),
    );
    expect(given(history(q1Preliminary)).when(publish(q1, 'forecast', '2020-05-01', q1Figures))).toEqual(
      left({ _tag: 'VintageRegression', release: q1, recorded: 'preliminary', given: 'forecast' }),
    );
  });

  it('refuses a publication dated before the latest one', () => {
    expect(given(history(q1Preliminary)).when(publish(q1, 'final', '2020-04-27', { gdp: yiYuan(231) }))).toEqual(
      left({ _tag: 'PublicationOutOfOrder', release: q1, latestPublishedOn: '2020-04-28', publishedOn: '2020-04-27' }),
    );
  });

  it('refuses a publication that changes nothing', () => {
    const restated = publish(q1, 'preliminary', '2020-05-10', { gdp: yiYuan(230.11) });
    expect(given(history(q1Preliminary)).when(restated)).toEqual(
      left({ _tag: 'NothingRevised', release: q1, vintage: 'preliminary', publishedOn: '2020-05-10' }),
    );
  });

  it('refuses a GDP revised below the value added carried from before', () => {
    expect(given(history(q1Preliminary)).when(publish(q1, 'final', '2021-01-20', { gdp: yiYuan(30) }))).toEqual(
      left({
        _tag: 'ValueAddedAboveGdp',
        release: q1,
        hightechValueAdded: yiYuan(30.95),
        gdp: yiYuan(30),
        stated: ['gdp'],
      }),
    );
  });

  it('refuses a command for another release than the stream holds', () => {
    expect(given(history(q1Preliminary)).when(publish(h1, 'preliminary', '2020-07-30', q1Figures))).toEqual(
      left({ _tag: 'ReleaseMismatch', recorded: q1, given: h1 }),
    );
  });
});

describe('periods and the module', () => {
  it('derives the cumulative period dates', () => {
    expect(periodBounds(2020, 'Q1')).toEqual({ periodStart: '2020-01-01', periodEnd: '2020-03-31' });
    expect(periodBounds(2020, 'H1')).toEqual({ periodStart: '2020-01-01', periodEnd: '2020-06-30' });
    expect(periodBounds(2020, 'Q1-Q3')).toEqual({ periodStart: '2020-01-01', periodEnd: '2020-09-30' });
    expect(periodBounds(2020, 'year')).toEqual({ periodStart: '2020-01-01', periodEnd: '2020-12-31' });
  });

  it('keys the stream by region, year and period, and dates an event by its publication', () => {
    expect(statisticalRelease.streamId(q1Preliminary)).toBe('statisticalRelease-xianning-2020-Q1');
    expect(statisticalRelease.streamId(publish(h1, 'forecast', '2020-06-20', {}))).toBe(
      'statisticalRelease-xianning-2020-H1',
    );
    const [event] = history(q1Preliminary);
    expect(event && statisticalRelease.occurredAt(event, q1Preliminary)).toBe('2020-04-28');
  });

  it('keeps the seed share computable from the event alone: 30.95 ÷ 230.11 rounds to 13.45%', () => {
    const [event] = history(q1Preliminary);
    const { hightechValueAdded = 0, gdp = 1 } = event?.data ?? {};
    expect(Math.round((hightechValueAdded / gdp) * 10_000) / 10_000).toBe(0.1345);
  });
});
