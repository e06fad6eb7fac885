import type { EventStore } from '@innoledger/kernel';

/**
 * A store that forwards every required method to `inner`, with `overrides` in place of some: for
 * tests that inject a racing writer, count reads or slow a save down. The optional capabilities
 * (`waitForAppend`, `readChainLinks`) are forwarded only when given in `overrides`, so the same
 * wrapper also shows how the library behaves with a store that lacks them.
 */
export const forwardingStore = (inner: EventStore, overrides: Partial<EventStore> = {}): EventStore => ({
  capabilities: inner.capabilities,
  snapshots: inner.snapshots,
  projections: inner.projections,
  appendToStream: (...args) => inner.appendToStream(...args),
  readStream: (...args) => inner.readStream(...args),
  readAll: (...args) => inner.readAll(...args),
  importRecorded: (...args) => inner.importRecorded(...args),
  headPosition: () => inner.headPosition(),
  findCommand: (...args) => inner.findCommand(...args),
  close: () => inner.close(),
  ...overrides,
});
