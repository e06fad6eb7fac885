// @innoledger/testing depends on the kernel, so the kernel reaches the suite by path, not by name.
import { eventStoreContract } from '../../../testing/src/index';
import { InMemoryEventStore } from './inMemoryEventStore';

eventStoreContract(
  'InMemoryEventStore',
  async ({ clock, newEventId }) => new InMemoryEventStore({ clock, newEventId }),
);
