import { describe, expect, it } from 'vitest';
import { yiYuan } from '../shared/money';
import { h1, h1Dates, h1Forecast, history, publish, q1, q1Dates, q1Figures, q1Preliminary, r, spec } from './fixtures';

const firstPublished = (command = q1Preliminary) => history(command);

describe('PublishStatistics: later publications are revisions', () => {
  it('revises a forecast with the preliminary figures, dropping the forecast share', () => {
    const preliminary = publish(h1, 'preliminary', '2020-07-30', { hightechValueAdded: yiYuan(70), gdp: yiYuan(480) });
    spec
      .given(history(h1Forecast))
      .when(preliminary)
      .then([
        {
          type: 'StatisticsRevised',
          data: {
            ...preliminary.data,
            ...h1Dates,
            stated: ['gdp', 'hightechValueAdded'],
            revision: 1,
            previous: { vintage: 'forecast', publishedOn: h1Forecast.data.publishedOn, publishedShare: r(0.145) },
          },
        },
      ]);
  });

  it('carries a forecast figure into a later forecast', () => {
    const again = publish(h1, 'forecast', '2020-07-05', { hightechVaYoy: r(-0.2) });
    spec
      .given(history(h1Forecast))
      .when(again)
      .then([
        {
          type: 'StatisticsRevised',
          data: {
            ...again.data,
            ...h1Dates,
            publishedShare: r(0.145),
            stated: ['hightechVaYoy'],
            revision: 1,
            previous: { vintage: 'forecast', publishedOn: h1Forecast.data.publishedOn, publishedShare: r(0.145) },
          },
        },
      ]);
  });

  it('carries the figures a final publication does not restate, and keeps the first figures in history', () => {
    const final = publish(q1, 'final', '2021-01-20', { gdp: yiYuan(231) });
    const events = history(q1Preliminary, final);
    expect(events).toEqual([
      ...firstPublished(),
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
    expect(events[0]?.data.gdp).toBe(yiYuan(230.11));
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
    spec
      .given(firstPublished())
      .when(final)
      .then([
        {
          type: 'StatisticsRevised',
          data: {
            ...final.data,
            ...q1Dates,
            stated: ['gdp', 'hightechValueAdded', 'hightechVaYoy', 'publishedShare'],
            revision: 1,
            previous: { vintage: 'preliminary', publishedOn: q1Preliminary.data.publishedOn, ...q1Figures },
          },
        },
      ]);
  });

  it('refuses a step back in vintage', () => {
    spec
      .given(history(q1Preliminary, publish(q1, 'final', '2021-01-20', { gdp: yiYuan(231) })))
      .when(publish(q1, 'preliminary', '2021-02-01', q1Figures))
      .thenRejects({ _tag: 'VintageRegression', release: q1, recorded: 'final', given: 'preliminary' });
    spec
      .given(firstPublished())
      .when(publish(q1, 'forecast', '2020-05-01', q1Figures))
      .thenRejects({ _tag: 'VintageRegression', release: q1, recorded: 'preliminary', given: 'forecast' });
  });

  it('refuses a publication dated before the latest one', () => {
    spec
      .given(firstPublished())
      .when(publish(q1, 'final', '2020-04-27', { gdp: yiYuan(231) }))
      .thenRejects({
        _tag: 'PublicationOutOfOrder',
        release: q1,
        latestPublishedOn: '2020-04-28',
        publishedOn: '2020-04-27',
      });
  });

  it('refuses a publication that changes nothing', () => {
    spec
      .given(firstPublished())
      .when(publish(q1, 'preliminary', '2020-05-10', { gdp: yiYuan(230.11) }))
      .thenRejects({ _tag: 'NothingRevised', release: q1, vintage: 'preliminary', publishedOn: '2020-05-10' });
  });

  it('refuses a GDP revised below the value added carried from before', () => {
    spec
      .given(firstPublished())
      .when(publish(q1, 'final', '2021-01-20', { gdp: yiYuan(30) }))
      .thenRejects({
        _tag: 'ValueAddedAboveGdp',
        release: q1,
        hightechValueAdded: yiYuan(30.95),
        gdp: yiYuan(30),
        stated: ['gdp'],
      });
  });

  it('refuses a command for another release than the stream holds', () => {
    spec
      .given(firstPublished())
      .when(publish(h1, 'preliminary', '2020-07-30', q1Figures))
      .thenRejects({ _tag: 'ReleaseMismatch', recorded: q1, given: h1 });
  });
});
