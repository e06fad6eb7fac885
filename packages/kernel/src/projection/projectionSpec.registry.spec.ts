// projectionSpec lives in @innoledger/testing, which has no io-ts of its own: its registry case
// is checked here, where the codecs are.
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { projectionSpec, recordedEvents } from '../../../testing/src/index';
import type { Event } from '../events/event';
import { createEventRegistry, defineEvent, type Upcaster } from '../events/registry';
import type { Projection } from './projection';

type Granted = Event<'GrantAwarded', { region: string; amountFen: number }>;

const grantsByRegion: Projection<Record<string, number>, Granted> = {
  name: 'grants',
  version: 1,
  init: () => ({}),
  apply: (view, e) => ({ ...view, [e.data.region]: (view[e.data.region] ?? 0) + e.data.amountFen }),
};

// v1 had no region: every grant was the city's.
const upcaster: Upcaster = {
  type: 'GrantAwarded',
  fromVersion: 1,
  upcast: (d) => ({ ...(d as object), region: '421200' }),
};
const registry = createEventRegistry(
  [defineEvent('GrantAwarded', t.type({ region: t.string, amountFen: t.number }), 2)],
  [upcaster],
);

describe('projectionSpec with a registry', () => {
  it('decodes and upcasts each event first, as the runner does', () => {
    const events = recordedEvents<Granted>([
      // Stored at schema version 1, before regions existed.
      { type: 'GrantAwarded', data: { amountFen: 7 } as Granted['data'] },
      { type: 'GrantAwarded', data: { region: '421202', amountFen: 3 }, schemaVersion: 2 },
    ]);
    projectionSpec(grantsByRegion, { registry }).given(events).expectView({ '421200': 7, '421202': 3 });
  });

  it('fails on a fixture its codec refuses, naming the field', () => {
    const corrupt = recordedEvents<Granted>([
      { type: 'GrantAwarded', data: { region: 1 as unknown as string, amountFen: 1 }, schemaVersion: 2 },
    ]);
    expect(() => projectionSpec(grantsByRegion, { registry }).given(corrupt)).toThrow(/data\.region/);
  });
});
