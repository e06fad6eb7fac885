import { domainEventRegistry } from '@innoledger/core';
import { buildXianning2020, XIANNING_CLOCK_START, XIANNING_SEED } from '@innoledger/example-xianning-2020';
import { indicatorsFromLedger, loadLedger } from '@innoledger/indicators';
import { InMemoryEventStore, runProjection, SimulatedClock, seededUuidV7 } from '@innoledger/kernel';
import { describe, expect, it } from 'vitest';
import { contractAmountByMonth } from './contractAmountByMonth';

describe('a custom projection on the standard runner', () => {
  it('agrees, county by county and month by month, with the standard contracts.amount indicator', async () => {
    const clock = new SimulatedClock(XIANNING_CLOCK_START);
    const store = new InMemoryEventStore({ clock, newEventId: seededUuidV7(XIANNING_SEED, clock) });
    await buildXianning2020(store, clock);

    const run = await runProjection({ store, projection: contractAmountByMonth, registry: domainEventRegistry });
    if (run._tag === 'Left') throw new Error(JSON.stringify(run.left));
    const ledger = await loadLedger(store, { registry: domainEventRegistry });
    if (ledger._tag === 'Left') throw new Error(JSON.stringify(ledger.left));

    let compared = 0;
    for (const [region, months] of Object.entries(run.right.view)) {
      for (const [month, byType] of Object.entries(months)) {
        const standard = indicatorsFromLedger(ledger.right.view, { region, period: month, ids: ['contracts.amount'] });
        if (standard._tag === 'Left') throw new Error(JSON.stringify(standard.left));
        expect({ region, month, fen: Object.values(byType).reduce((a, b) => a + b, 0) }).toEqual({
          region,
          month,
          fen: standard.right[0]?.value,
        });
        expect(byType).toEqual(standard.right[0]?.breakdown);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
    // The first half's total is the seed's 30.13亿元, whatever the split.
    const h1 = Object.values(run.right.view)
      .flatMap((months) => Object.entries(months))
      .filter(([month]) => month <= '2020-06')
      .flatMap(([, byType]) => Object.values(byType))
      .reduce((a, b) => a + b, 0);
    expect(h1).toBe(301_300_000_000);
  });

  it('keeps its own checkpoint: a second run resumes and applies nothing new', async () => {
    const clock = new SimulatedClock(XIANNING_CLOCK_START);
    const store = new InMemoryEventStore({ clock, newEventId: seededUuidV7(XIANNING_SEED, clock) });
    await buildXianning2020(store, clock);
    const first = await runProjection({ store, projection: contractAmountByMonth, registry: domainEventRegistry });
    const second = await runProjection({ store, projection: contractAmountByMonth, registry: domainEventRegistry });
    expect(first._tag === 'Right' && first.right.applied).toBeGreaterThan(1000);
    expect(second).toMatchObject({ _tag: 'Right', right: { applied: 0, position: await store.headPosition() } });
    expect(second._tag === 'Right' && second.right.view).toEqual(first._tag === 'Right' && first.right.view);
  });
});
