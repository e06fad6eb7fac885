import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deposit,
  type LedgerCommand,
  type LedgerState,
  ledgerConfig,
  ledgerDecider,
  ledgerRegistry,
  open,
  withdraw,
} from '../__fixtures__/ledger';
import { seededUuidV7 } from '../ids/eventIds';
import { InMemoryEventStore } from '../memory/inMemoryEventStore';
import { SimulatedClock } from '../time/clock';
import { commandHandler } from './commandHandler';
import { loadAggregate, type SnapshotPolicy } from './loadAggregate';

const command: fc.Arbitrary<LedgerCommand> = fc.oneof(
  fc.constant(open()),
  fc.integer({ min: 1, max: 1000 }).map((n) => deposit(n)),
  fc.integer({ min: 1, max: 1500 }).map((n) => withdraw(n)),
);

const newStore = () => {
  const clock = new SimulatedClock('2020-01-01T00:00:00Z');
  return new InMemoryEventStore({ clock, newEventId: seededUuidV7(3, clock) });
};

describe('snapshot properties', () => {
  it('state, version and every result are identical with and without snapshots', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(command, { maxLength: 30 }),
        fc.integer({ min: 1, max: 6 }),
        async (commands, every) => {
          const policy: SnapshotPolicy<LedgerState> = { name: 'ledger', schemaVersion: 1, every };
          const withSnapshots = commandHandler({ ...ledgerConfig, snapshot: policy });
          const without = commandHandler(ledgerConfig);
          const [a, b] = [newStore(), newStore()];
          for (const [i, c] of commands.entries()) {
            const streamId = i % 3 === 0 ? 'acct-2' : 'acct-1';
            expect(await withSnapshots(a, streamId, c)).toEqual(await without(b, streamId, c));
          }
          for (const streamId of ['acct-1', 'acct-2']) {
            const snapped = await loadAggregate(a, streamId, ledgerDecider, ledgerRegistry, policy);
            const replayed = await loadAggregate(b, streamId, ledgerDecider, ledgerRegistry);
            expect(snapped._tag === 'Right' && snapped.right.state).toEqual(
              replayed._tag === 'Right' && replayed.right.state,
            );
            expect(snapped._tag === 'Right' && snapped.right.version).toBe(
              replayed._tag === 'Right' && replayed.right.version,
            );
            // Each accepted command appends one event, so snapshots land on multiples of `every`.
            const version = replayed._tag === 'Right' ? replayed.right.version : 0;
            const snapshot = await a.snapshots.load(streamId, 'ledger');
            expect(snapshot?.streamVersion).toBe(version >= every ? Math.floor(version / every) * every : undefined);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
