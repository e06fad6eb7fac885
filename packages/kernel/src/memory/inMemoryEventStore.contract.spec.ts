// @innoledger/testing depends on the kernel, so the kernel reaches the suite by path, not by name.
import { eventStoreContract } from '../../../testing/src/index';
import { InMemoryEventStore } from './inMemoryEventStore';

eventStoreContract(
  'InMemoryEventStore',
  async ({ clock, newEventId }) => new InMemoryEventStore({ clock, newEventId }),
);

// The same store with a declared append limit, so the suite's other branch runs here too.
eventStoreContract(
  'InMemoryEventStore with maxAppendBytes',
  async ({ clock, newEventId }) => new InMemoryEventStore({ clock, newEventId, maxAppendBytes: 256 * 1024 }),
);
