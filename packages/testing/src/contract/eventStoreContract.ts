import { type Clock, type EventIdGenerator, type EventStore, SimulatedClock, seededUuidV7 } from '@innoledger/kernel';
import { afterEach, beforeEach, describe } from 'vitest';
import { appendAndReadChecks } from './appendAndRead';
import { appendSizeChecks } from './appendSize';
import { atomicBatchChecks } from './atomicBatch';
import { chainLinkChecks } from './chainLinks';
import { commandChecks } from './commands';
import { concurrencyChecks } from './concurrency';
import { expectedVersionChecks } from './expectedVersion';
import { CONTRACT_START, type ContractHarness } from './harness';
import { hashChainChecks } from './hashChain';
import { importChecks } from './importRecorded';
import { payloadChecks } from './payloads';
import { projectionStateChecks } from './projectionState';
import { readAllChecks } from './readAll';
import { readStreamChecks } from './readStream';
import { recordedAtChecks } from './recordedAt';
import { snapshotChecks } from './snapshots';
import { streamIdChecks } from './streamIds';

/** What a store factory is given: the store must take its time and its event ids from these. */
export interface StoreFactoryContext {
  readonly clock: Clock;
  readonly newEventId: EventIdGenerator;
}

/** Opens a fresh, empty store; called once per test (and again when a test needs a second store). */
export type StoreFactory = (ctx: StoreFactoryContext) => Promise<EventStore>;

export interface EventStoreContractOptions {
  /** Timeout of the heavy checks (1 MB payloads, concurrency), in ms; default 60,000. */
  readonly timeoutMs?: number;
  /** Writers racing in the concurrency checks; default 8. */
  readonly concurrentWriters?: number;
}

/**
 * Registers the shared `describe` suite every {@link EventStore} adapter must pass, from one small
 * file per adapter:
 *
 * ```ts
 * eventStoreContract('SqliteEventStore', async ({ clock, newEventId }) =>
 *   SqliteEventStore.open(':memory:', { clock, newEventId }));
 * ```
 *
 * Each test gets a fresh store from `factory`, built with a {@link SimulatedClock} starting at
 * 2020-01-01T00:00:00Z and a `seededUuidV7` generator, and closes it afterwards. Nothing is
 * skipped: where a store declares in `store.capabilities` that it cannot offer a behaviour, the
 * suite checks the documented alternative instead —
 * - `atomicViewCheckpoint: false`: a loaded projection state is never ahead of its view;
 * - `monotonicRecordedAt: false`: recordedAt still never decreases for the suite's single writer;
 * - `maxAppendBytes` defined: an append above it is refused whole with `InvalidEvent`
 *   (undefined: a 1 MB append succeeds).
 */
export const eventStoreContract = (
  name: string,
  factory: StoreFactory,
  options: EventStoreContractOptions = {},
): void => {
  describe(`EventStore contract: ${name}`, () => {
    let opened: EventStore[] = [];
    let current: { store: EventStore; clock: SimulatedClock; seed: number } | undefined;
    let seeds = 0;

    const open = async () => {
      const clock = new SimulatedClock(CONTRACT_START);
      const seed = ++seeds;
      const store = await factory({ clock, newEventId: seededUuidV7(seed, clock) });
      opened.push(store);
      return { store, clock, seed };
    };
    const running = () => {
      if (!current) throw new Error('eventStoreContract: no store is open outside a test');
      return current;
    };

    beforeEach(async () => {
      opened = [];
      seeds = 0;
      current = await open();
    });
    afterEach(async () => {
      const toClose = opened;
      opened = [];
      current = undefined;
      await Promise.all(toClose.map((store) => store.close()));
    });

    const harness: ContractHarness = {
      store: () => running().store,
      clock: () => running().clock,
      seed: () => running().seed,
      another: async () => (await open()).store,
      timeoutMs: options.timeoutMs ?? 60_000,
      concurrentWriters: options.concurrentWriters ?? 8,
    };

    describe('append and read', () => appendAndReadChecks(harness));
    describe('expected version', () => expectedVersionChecks(harness));
    describe('atomic batches', () => atomicBatchChecks(harness));
    describe('readStream', () => readStreamChecks(harness));
    describe('readAll', () => readAllChecks(harness));
    describe('recordedAt', () => recordedAtChecks(harness));
    describe('concurrency', () => concurrencyChecks(harness));
    describe('payloads', () => payloadChecks(harness));
    describe('append size', () => appendSizeChecks(harness));
    describe('stream ids', () => streamIdChecks(harness));
    describe('hash chain and seals', () => hashChainChecks(harness));
    describe('chain links for verify', () => chainLinkChecks(harness));
    describe('command records', () => commandChecks(harness));
    describe('snapshots', () => snapshotChecks(harness));
    describe('projection state', () => projectionStateChecks(harness));
    describe('importRecorded', () => importChecks(harness));
  });
};
