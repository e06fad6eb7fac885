import { describe, expect, it } from 'vitest';
import type { RegionId } from '../regions/region';
import { yiYuan, yuan } from '../shared/money';
import type { FigureName } from './figures';
import { h1Dates, h1Forecast, history, publish, q1, q1Dates, q1Figures, q1Preliminary, r, spec } from './fixtures';
import { statisticalRelease } from './index';
import { periodBounds } from './period';

// The first publication of a release and its rules; revisions are in decide.revisions.spec.ts.

describe('PublishStatistics: the first publication', () => {
  it('publishes the seed Q1 figures with the period as dates', () => {
    spec.when(q1Preliminary).then([
      {
        type: 'StatisticsPublished',
        data: {
          ...q1Preliminary.data,
          ...q1Dates,
          stated: ['gdp', 'hightechValueAdded', 'hightechVaYoy', 'publishedShare'],
        },
      },
    ]);
  });

  it('publishes a forecast that gives only a share, before the period ends', () => {
    spec
      .when(h1Forecast)
      .then([{ type: 'StatisticsPublished', data: { ...h1Forecast.data, ...h1Dates, stated: ['publishedShare'] } }]);
  });

  it('accepts a share of exactly 0 or 1 and a fall of exactly 100%', () => {
    const cases: [Parameters<typeof publish>[3], FigureName[]][] = [
      [{ publishedShare: r(0) }, ['publishedShare']],
      [{ publishedShare: r(1) }, ['publishedShare']],
      [{ hightechVaYoy: r(-1), gdpYoy: r(-1) }, ['hightechVaYoy', 'gdpYoy']],
    ];
    for (const [figures, stated] of cases) {
      const c = publish(q1, 'preliminary', '2020-04-28', figures);
      spec.when(c).then([{ type: 'StatisticsPublished', data: { ...c.data, ...q1Dates, stated } }]);
    }
  });

  it('refuses an unknown region', () => {
    spec
      .when(publish({ ...q1, regionId: 'wuhan' as RegionId }, 'preliminary', '2020-04-28', q1Figures))
      .thenRejects({ _tag: 'UnknownRegion', regionId: 'wuhan', path: 'data.regionId' });
  });

  it('refuses a publication without any figure', () => {
    spec
      .when(publish(q1, 'preliminary', '2020-04-28', {}))
      .thenRejects({ _tag: 'NoFigures', release: q1, publishedOn: '2020-04-28' });
  });

  it('refuses a share outside [0, 1]', () => {
    for (const share of [1.345, -0.01])
      spec
        .when(publish(q1, 'preliminary', '2020-04-28', { publishedShare: r(share) }))
        .thenRejects({ _tag: 'ShareOutOfRange', release: q1, publishedShare: share });
  });

  it('refuses a year-on-year fall of more than 100%', () => {
    spec
      .when(publish(q1, 'preliminary', '2020-04-28', { hightechVaYoy: r(-40.5) }))
      .thenRejects({ _tag: 'RateOutOfRange', release: q1, field: 'hightechVaYoy', value: -40.5 });
    spec
      .when(publish(q1, 'preliminary', '2020-04-28', { gdpYoy: r(-1.1) }))
      .thenRejects({ _tag: 'RateOutOfRange', release: q1, field: 'gdpYoy', value: -1.1 });
  });

  it('refuses a GDP of zero', () => {
    spec
      .when(publish(q1, 'preliminary', '2020-04-28', { gdp: yuan(0) }))
      .thenRejects({ _tag: 'GdpNotPositive', release: q1, gdp: 0 });
  });

  it('refuses value added above the GDP of the same publication', () => {
    spec
      .when(publish(q1, 'preliminary', '2020-04-28', { gdp: yiYuan(30), hightechValueAdded: yiYuan(30.95) }))
      .thenRejects({
        _tag: 'ValueAddedAboveGdp',
        release: q1,
        hightechValueAdded: yiYuan(30.95),
        gdp: yiYuan(30),
        stated: ['gdp', 'hightechValueAdded'],
      });
  });

  it('refuses a measured figure published on or before the last day of its period', () => {
    spec.when(publish(q1, 'preliminary', '2020-03-31', q1Figures)).thenRejects({
      _tag: 'PublishedBeforePeriodEnd',
      release: q1,
      vintage: 'preliminary',
      periodEnd: '2020-03-31',
      publishedOn: '2020-03-31',
    });
    const dayAfter = publish(q1, 'preliminary', '2020-04-01', q1Figures);
    spec.when(dayAfter).then([
      {
        type: 'StatisticsPublished',
        data: {
          ...dayAfter.data,
          ...q1Dates,
          stated: ['gdp', 'hightechValueAdded', 'hightechVaYoy', 'publishedShare'],
        },
      },
    ]);
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
    expect(statisticalRelease.streamId(h1Forecast)).toBe('statisticalRelease-xianning-2020-H1');
    const [event] = history(q1Preliminary);
    expect(event && statisticalRelease.occurredAt(event, q1Preliminary)).toBe('2020-04-28');
    expect(statisticalRelease.commandTypes).toEqual(['PublishStatistics']);
    expect(statisticalRelease.registry.types).toEqual(new Set(['StatisticsPublished', 'StatisticsRevised']));
  });

  it('keeps the seed share computable from the event alone: 30.95 ÷ 230.11 rounds to 13.45%', () => {
    const [event] = history(q1Preliminary);
    const { hightechValueAdded = 0, gdp = 1 } = event?.data ?? {};
    expect(Math.round((hightechValueAdded / gdp) * 10_000) / 10_000).toBe(0.1345);
  });
});
