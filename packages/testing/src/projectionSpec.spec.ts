import { type Projection, SEALS_STREAM } from '@innoledger/kernel';
import { describe, expect, it } from 'vitest';
import { projectionSpec } from './projectionSpec';
import { recordedEvents } from './recordedEvents';

type Granted = { type: 'GrantAwarded'; data: { region: string; amountFen: number } };
type Noted = { type: 'Noted'; data: { text: string } };

const grantsByRegion: Projection<Record<string, number>, Granted | Noted> = {
  name: 'grants',
  version: 1,
  init: () => ({}),
  apply: (view, event) =>
    event.type === 'GrantAwarded'
      ? { ...view, [event.data.region]: (view[event.data.region] ?? 0) + event.data.amountFen }
      : view,
  eventTypes: ['GrantAwarded'],
};

const grant = (region: string, amountFen: number) => ({ type: 'GrantAwarded' as const, data: { region, amountFen } });

describe('projectionSpec', () => {
  it('given recorded events, expects the view', () => {
    projectionSpec(grantsByRegion)
      .given(recordedEvents([grant('421202', 100), grant('421221', 50), grant('421202', 25)]))
      .expectView({ '421202': 125, '421221': 50 });
  });

  it('skips seals and types the projection does not list, as the runner does', () => {
    const events = recordedEvents<Granted | Noted>([
      grant('421202', 100),
      { type: 'GrantAwarded', data: { region: '421202', amountFen: 1 }, streamId: SEALS_STREAM },
      { type: 'Noted', data: { text: 'x' } },
    ]);
    expect(projectionSpec(grantsByRegion).given(events).view()).toEqual({ '421202': 100 });
  });

  it('fails on a wrong view', () => {
    expect(() =>
      projectionSpec(grantsByRegion)
        .given(recordedEvents([grant('421202', 100)]))
        .expectView({ '421202': 99 }),
    ).toThrow();
  });

  it('fails on a view that would not survive a checkpoint (not plain JSON)', () => {
    const withMap: Projection<Map<string, number>, Granted> = {
      name: 'map',
      version: 1,
      init: () => new Map(),
      apply: (view, e) => new Map(view).set(e.data.region, (view.get(e.data.region) ?? 0) + e.data.amountFen),
    };
    const given = projectionSpec(withMap).given(recordedEvents([grant('421202', 100), grant('421202', 1)]));
    expect(given.view()).toEqual(new Map([['421202', 101]]));
    expect(() => given.expectView(new Map([['421202', 101]]))).toThrow(/resumedAfter/);
  });
});
