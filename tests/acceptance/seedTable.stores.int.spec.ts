import { buildXianning2020, XIANNING_CLOCK_START, XIANNING_SEED } from '@innoledger/example-xianning-2020';
import { type RecordedEvent, SimulatedClock, seal, seededUuidV7, verify } from '@innoledger/kernel';
import { describe, expect, it } from 'vitest';
import { openTestStore, type StoreKind } from '../support/stores';
import { assertSeedTable } from './seedTable';
import { seedTableFromLibrary } from './seedTableFromLibrary';
import { xianningInMemory } from './xianningInMemory';

const fingerprint = (e: RecordedEvent) => `${e.globalPosition} ${e.eventId} ${e.hash}`;

const readAllOf = async (store: { readAll: () => AsyncIterable<RecordedEvent> }) => {
  const out: string[] = [];
  for await (const e of store.readAll()) out.push(fingerprint(e));
  return out;
};

// The same history sent through the deciders into each real store must answer the seed table,
// and must be the same history: ids, hashes and the seal digest do not depend on the store.
describe.each<StoreKind>(['sqlite', 'postgres'])('the seed table from the library on %s', (kind) => {
  it('reproduces every row, and records byte-for-byte the history the in-memory store records', async () => {
    const clock = new SimulatedClock(XIANNING_CLOCK_START);
    const { store, dispose } = await openTestStore(kind, { clock, newEventId: seededUuidV7(XIANNING_SEED, clock) });
    try {
      await buildXianning2020(store, clock);
      assertSeedTable(await seedTableFromLibrary(store));

      const reference = await xianningInMemory();
      expect(await readAllOf(store)).toEqual(await readAllOf(reference.store));
      const [sealed, referenceSeal] = [await seal(store), await seal(reference.store)];
      expect(sealed._tag === 'Right' && sealed.right.digest).toBe(
        referenceSeal._tag === 'Right' && referenceSeal.right.digest,
      );
      expect(await verify(store)).toMatchObject({ _tag: 'Right' });
    } finally {
      await dispose();
    }
  }, 240_000);
});
