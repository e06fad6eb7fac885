// The public API of @innoledger/testing, listed by hand: what is not here is internal.

export { arbitraryBusinessDate, type BusinessDateConstraints } from './arbitraries/businessDate';
export { arbitraryEventMetadata, arbitraryEventToAppend } from './arbitraries/event';
export {
  arbitraryJsonObject,
  arbitraryJsonString,
  arbitraryJsonValue,
  type JsonValue,
  type JsonValueConstraints,
} from './arbitraries/json';
export { arbitraryStreamId } from './arbitraries/streamId';
export {
  type EventStoreContractOptions,
  eventStoreContract,
  type StoreFactory,
  type StoreFactoryContext,
} from './contract/eventStoreContract';
export { type DeciderSpec, type DeciderSpecGiven, type DeciderSpecWhen, deciderSpec } from './deciderSpec';
export { forwardingStore } from './forwardingStore';
export {
  type ProjectionSpec,
  type ProjectionSpecGiven,
  type ProjectionSpecOptions,
  projectionSpec,
} from './projectionSpec';
export { type RecordedEventInput, type RecordedEventsOptions, recordedEvents } from './recordedEvents';
