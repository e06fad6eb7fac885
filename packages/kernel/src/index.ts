// The public API of @innoledger/kernel, listed by hand: what is not here is internal.

export { decodeWith } from './codec/decode';
export { type FieldError, fieldErrors, formatFieldErrors } from './codec/fieldErrors';
export {
  type CommandContext,
  type CommandHandler,
  type CommandHandlerConfig,
  commandHandler,
  type HandledCommand,
  type HandleError,
} from './decider/commandHandler';
export { type Decider, fold } from './decider/decider';
export { decodeAll, type LoadedAggregate, loadAggregate, type SnapshotPolicy } from './decider/loadAggregate';
export { type CommandIdReused, commandIdReused } from './errors/commandIdReused';
export { type CommandRejected, commandRejected } from './errors/commandRejected';
export { type ConcurrencyConflict, concurrencyConflict } from './errors/concurrencyConflict';
export { type CorruptEvent, CorruptEventError, corruptEvent, isCorruptEventError } from './errors/corruptEvent';
export { type DuplicateCommand, duplicateCommand } from './errors/duplicateCommand';
export { type InvalidCommand, invalidCommand } from './errors/invalidCommand';
export { type InvalidEvent, invalidEvent } from './errors/invalidEvent';
export { type InvalidStreamId, invalidStreamId } from './errors/invalidStreamId';
export { type StoreUnavailable, storeUnavailable } from './errors/storeUnavailable';
export type { Command, Event, EventMetadata, EventToAppend, RecordedEnvelope, RecordedEvent } from './events/event';
export {
  type AnyEventDefinition,
  createEventRegistry,
  defineEvent,
  type EventDefinition,
  type EventOf,
  type EventRegistry,
  type Upcaster,
} from './events/registry';
export { canonicalJson, NotCanonicalJson } from './history/canonicalJson';
export {
  canonicalEventText,
  GENESIS_HASH,
  type HashedFields,
  hashCanonicalText,
  hashEvent,
  sha256Hex,
} from './history/hash';
export { SEAL_EVENT_TYPE, type Seal, SealData, seal } from './history/seal';
export { headsDigest, type StreamHeads } from './history/streamHeads';
export {
  type BrokenLink,
  type BrokenSeal,
  type VerificationFailure,
  type VerificationReport,
  verify,
} from './history/verify';
export { type EventIdGenerator, seededUuidV7, uuidV7 } from './ids/eventIds';
export { InMemoryEventStore, type InMemoryEventStoreOptions } from './memory/inMemoryEventStore';
export type { Projection } from './projection/projection';
export { type ProjectionRun, type RunProjectionOptions, runProjection } from './projection/runProjection';
export type { ChainLink } from './store/chainLink';
export type { CommandRecord, CommandToRecord } from './store/commandRecord';
export type {
  AppendError,
  AppendOptions,
  AppendResult,
  EventStore,
  ImportError,
  ReadAllOptions,
  ReadStreamError,
  ReadStreamOptions,
} from './store/eventStore';
export { type ExpectedVersion, isExpectedVersion, matchesExpectedVersion } from './store/expectedVersion';
export { DEFAULT_HEAD_CACHE_SIZE, type HeadCache, headCache } from './store/headCache';
export { importRefused } from './store/importRefused';
export {
  EMPTY_HEAD,
  type PrepareContext,
  type PreparedAppend,
  prepareAppend,
  type StreamHead,
} from './store/prepareAppend';
export type { ProjectionState, ProjectionStateStore } from './store/projectionStateStore';
export type { Snapshot, SnapshotStore } from './store/snapshotStore';
export type { StoreCapabilities } from './store/storeCapabilities';
export { checkStreamId, isReservedStream, RESERVED_STREAM_PREFIX, SEALS_STREAM } from './store/streamId';
export { type SubscribeOptions, subscribe } from './subscription/subscribe';
export {
  BusinessDate,
  type BusinessDateBrand,
  businessDayOf,
  endOfBusinessDay,
  isBusinessDate,
  parseKnownAt,
} from './time/businessDate';
export { type Clock, SimulatedClock, systemClock } from './time/clock';
