import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { hashEvent } from '../history/hash';
import { verify } from '../history/verify';
import { InMemoryEventStore } from '../memory/inMemoryEventStore';
import { createEventRegistry, defineEvent, type Upcaster } from './registry';

// The real case: the 2021 Civil Code made technology licensing its own contract type; 2020 filed
// it under transfer. v1 had a free-text `category`; v2 a `kind`; v3 split licensing out.
const ContractRegisteredV3 = defineEvent(
  'ContractRegistered',
  t.type({
    contractId: t.string,
    kind: t.union([t.literal('development'), t.literal('transfer'), t.literal('licensing')]),
    amountFen: t.number,
  }),
  3,
);

const upcasters: Upcaster[] = [
  {
    type: 'ContractRegistered',
    fromVersion: 1,
    upcast: (data) => {
      const { category, ...rest } = data as { category: string };
      return { ...rest, kind: category === '技术转让' ? 'transfer' : 'development' };
    },
  },
  {
    type: 'ContractRegistered',
    fromVersion: 2,
    upcast: (data) => {
      const d = data as { kind: string; licence?: boolean };
      const { licence, ...rest } = d;
      return { ...rest, kind: d.kind === 'transfer' && licence === true ? 'licensing' : d.kind };
    },
  },
];

const registry = createEventRegistry([ContractRegisteredV3], upcasters);

describe('upcasting on read', () => {
  it('applies v1 → v2 → v3 on read while stored data and hashes stay as written', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('contract-1', 'no_stream', [
      {
        type: 'ContractRegistered',
        schemaVersion: 1,
        data: { contractId: 'c-1', category: '技术转让', amountFen: 500 },
        occurredAt: '2020-05-06',
      },
      {
        type: 'ContractRegistered',
        schemaVersion: 2,
        data: { contractId: 'c-2', kind: 'transfer', licence: true, amountFen: 700 },
        occurredAt: '2020-11-02',
      },
      {
        type: 'ContractRegistered',
        schemaVersion: 3,
        data: { contractId: 'c-3', kind: 'licensing', amountFen: 900 },
        occurredAt: '2021-01-04',
      },
    ]);
    const read = await store.readStream('contract-1');
    const raw = read._tag === 'Right' ? read.right : [];
    const decoded = raw.map((e) => registry.decode(e));
    expect(decoded.map((d) => d._tag === 'Right' && [d.right.schemaVersion, d.right.data])).toEqual([
      [3, { contractId: 'c-1', kind: 'transfer', amountFen: 500 }],
      [3, { contractId: 'c-2', kind: 'licensing', amountFen: 700 }],
      [3, { contractId: 'c-3', kind: 'licensing', amountFen: 900 }],
    ]);
    // The decoded copy keeps the stored hash; the stored event itself is untouched.
    expect(decoded.map((d) => d._tag === 'Right' && d.right.hash)).toEqual(raw.map((e) => e.hash));
    const again = await store.readStream('contract-1');
    expect(again._tag === 'Right' && again.right.map((e) => [e.schemaVersion, e.data])).toEqual([
      [1, { contractId: 'c-1', category: '技术转让', amountFen: 500 }],
      [2, { contractId: 'c-2', kind: 'transfer', licence: true, amountFen: 700 }],
      [3, { contractId: 'c-3', kind: 'licensing', amountFen: 900 }],
    ]);
    for (const e of raw) expect(hashEvent(e)).toBe(e.hash);
    expect(await verify(store)).toMatchObject({ _tag: 'Right', right: { events: 3 } });
  });

  it('a missing step in the chain is a CorruptEvent at schemaVersion', async () => {
    const partial = createEventRegistry([ContractRegisteredV3], upcasters.slice(1));
    const store = new InMemoryEventStore();
    await store.appendToStream('contract-1', 'no_stream', [
      {
        type: 'ContractRegistered',
        schemaVersion: 1,
        data: { contractId: 'c-1', category: 'x' },
        occurredAt: '2020-05-06',
      },
    ]);
    const read = await store.readStream('contract-1');
    const [event] = read._tag === 'Right' ? read.right : [];
    expect(event && partial.decode(event)).toMatchObject({
      _tag: 'Left',
      left: {
        _tag: 'CorruptEvent',
        path: 'schemaVersion',
        message: 'no upcaster for ContractRegistered from schema version 1',
      },
    });
  });
});
