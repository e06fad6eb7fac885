// The public API of @innoledger/store-eventstoredb, listed by hand.

export { EventStoreDbEventStore, type EventStoreDbEventStoreOptions } from './eventStoreDbEventStore';
export { type OpenEventStoreDbStoreOptions, openEventStoreDbStore } from './openEventStoreDbStore';
export { MAX_APPEND_BYTES } from './toEventData';
