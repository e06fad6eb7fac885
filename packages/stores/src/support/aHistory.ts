import { InMemoryEventStore, SimulatedClock, seal, seededUuidV7 } from '@innoledger/kernel';

const ok = async <A>(pending: Promise<{ _tag: 'Left'; left: unknown } | { _tag: 'Right'; right: A }>): Promise<A> => {
  const result = await pending;
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left));
  return result.right;
};

/** Ten events over three streams, recorded across 2020, with full metadata and two seals. */
export const aHistory = async (): Promise<InMemoryEventStore> => {
  const clock = new SimulatedClock('2020-01-15T01:00:00.000Z');
  const store = new InMemoryEventStore({ clock, newEventId: seededUuidV7(2020, clock) });
  const metadata = { actor: 'person-0007', commandId: 'cmd-1', source: '咸科发〔2020〕12号' };
  await ok(
    store.appendToStream('enterprise-91421200MA4F0J2X3K', 'no_stream', [
      {
        type: 'EnterpriseRegistered',
        data: { name: '咸宁某科技有限公司', region: '421202' },
        occurredAt: '2020-01-14',
        metadata,
      },
      { type: 'HighTechApplied', data: { year: 2020 }, occurredAt: '2020-01-15', schemaVersion: 2 },
    ]),
  );
  clock.set('2020-04-10T02:00:00.000Z');
  await ok(
    store.appendToStream("contract-'HT-2020-001'", 'no_stream', [
      {
        type: 'ContractRegistered',
        data: { amountFen: 120_000_000, technologyFen: 80_000_000 },
        occurredAt: '2020-04-09',
      },
    ]),
  );
  await ok(seal(store));
  clock.set('2020-07-31T09:30:00.000Z');
  for (let i = 0; i < 4; i++)
    await ok(
      store.appendToStream('release-421200-2020H1', 'any', [
        { type: 'FigurePublished', data: { i, valueFen: 1000 * i }, occurredAt: '2020-07-31' },
      ]),
    );
  await ok(
    store.appendToStream('enterprise-91421200MA4F0J2X3K', 2, [
      { type: 'Certified', data: null, occurredAt: '2020-11-30' },
    ]),
  );
  await ok(seal(store));
  return store;
};
