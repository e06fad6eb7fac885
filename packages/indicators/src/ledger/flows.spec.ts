import { describe, expect, it } from 'vitest';
import { addFlow, addFlowWithBreakdown, breakdownOf, type Flows, sumFlow } from './flows';

describe('flows', () => {
  const flows: Flows = {};
  addFlowWithBreakdown(flows, 'contracts.amount', 'development', 'chibi', '2020-01-15', 500);
  addFlowWithBreakdown(flows, 'contracts.amount', 'transfer', 'jiayu', '2020-03-31', 300);
  addFlowWithBreakdown(flows, 'contracts.amount', 'development', 'chibi', '2020-04-01', 200);
  addFlow(flows, 'contracts.amount', 'jiayu', '2020-05-01', -300);

  it('sums over regions and inclusive dates', () => {
    expect(
      sumFlow(flows, 'contracts.amount', { regionIds: ['chibi', 'jiayu'], start: '2020-01-01', end: '2020-03-31' }),
    ).toEqual({ sum: 800, found: true });
    expect(
      sumFlow(flows, 'contracts.amount', { regionIds: ['chibi'], start: '2020-01-16', end: '2020-03-31' }),
    ).toEqual({ sum: 0, found: false });
  });

  it('counts corrections on their own date', () => {
    expect(
      sumFlow(flows, 'contracts.amount', { regionIds: ['jiayu'], start: '2020-01-01', end: '2020-12-31' }).sum,
    ).toBe(0);
  });

  it('breaks a metric down by key, leaving out zero buckets', () => {
    expect(
      breakdownOf(flows, 'contracts.amount', { regionIds: ['chibi', 'jiayu'], start: '2020-01-01', end: '2020-06-30' }),
    ).toEqual({
      development: 700,
      transfer: 300,
    });
    expect(
      breakdownOf(flows, 'contracts.amount', { regionIds: ['chibi'], start: '2020-03-01', end: '2020-03-31' }),
    ).toEqual({});
  });

  it('an unknown metric sums to nothing', () => {
    expect(sumFlow(flows, 'nope', { regionIds: ['chibi'], start: '2020-01-01', end: '2020-12-31' })).toEqual({
      sum: 0,
      found: false,
    });
  });
});
