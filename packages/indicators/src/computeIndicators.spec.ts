import { domainEventRegistry } from '@innoledger/core';
import { InMemoryEventStore } from '@innoledger/kernel';
import { describe, expect, it, vi } from 'vitest';
import { computeIndicators } from './computeIndicators';

describe('computeIndicators', () => {
  it.each([
    [{ region: 'wuhan', period: '2020' }, 'UnknownRegionRequested'],
    [{ region: 'xianning', period: '2020-Q5' }, 'InvalidPeriod'],
    [{ region: 'xianning', period: '2020', ids: ['nope'] }, 'UnknownIndicator'],
  ])('refuses %j before reading any history', async (request, tag) => {
    const store = new InMemoryEventStore();
    const readAll = vi.spyOn(store, 'readAll');
    const result = await computeIndicators(store, { ...request, registry: domainEventRegistry });
    expect(result).toMatchObject({ _tag: 'Left', left: { _tag: tag } });
    expect(readAll).not.toHaveBeenCalled();
  });

  it('refuses an impossible known-at moment', async () => {
    const result = await computeIndicators(new InMemoryEventStore(), {
      region: 'xianning',
      period: '2020',
      knownAt: '2020-13-01',
      registry: domainEventRegistry,
    });
    expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'InvalidKnownAt', input: '2020-13-01' } });
  });

  it('answers every standard indicator on an empty history, with reasons where there is nothing to measure', async () => {
    const result = await computeIndicators(new InMemoryEventStore(), {
      region: 'xianning',
      period: '2020-H1',
      registry: domainEventRegistry,
    });
    if (result._tag === 'Left') throw new Error(JSON.stringify(result.left));
    expect(result.right.find((r) => r.id === 'contracts.amount')).toMatchObject({ value: 0, timeProgress: 182 / 366 });
    for (const r of result.right.filter((x) => x.value === null)) expect(r.reason).toMatch(/\w/);
    expect(result.right.find((r) => r.id === 'hightech_va.share_of_gdp')?.value).toBeNull();
  });
});
