import {
  type Event,
  type EventMetadata,
  hashEvent,
  type RecordedEvent,
  SimulatedClock,
  seededUuidV7,
} from '@innoledger/kernel';

/** An event for a fixture; every envelope field but `type` and `data` has a default. */
export type RecordedEventInput<E extends Event = Event> = E & {
  readonly streamId?: string;
  /** Business date; default `2020-01-01`. */
  readonly occurredAt?: string;
  /** Default: 10:00 China Standard Time on `occurredAt`, never before the previous event's. */
  readonly recordedAt?: string;
  readonly schemaVersion?: number;
  readonly metadata?: EventMetadata;
};

export interface RecordedEventsOptions {
  /** Stream of events that name none; default `stream-1`. */
  readonly streamId?: string;
  /** Global position of the first event; default 1. */
  readonly firstPosition?: number;
  /** Seed of the event ids; default 1. */
  readonly seed?: number;
}

/**
 * Builds `RecordedEvent` fixtures as a store would have recorded them: consecutive global
 * positions, per-stream versions, deterministic uuid v7 ids, non-decreasing `recordedAt` and a
 * valid hash chain (so `verify` passes on an imported copy). For projection and decoder tests;
 * name the event union so each `type` keeps its literal: `recordedEvents<ContractEvent>([...])`.
 */
export const recordedEvents = <E extends Event>(
  inputs: readonly RecordedEventInput<E>[],
  options: RecordedEventsOptions = {},
): RecordedEvent<E>[] => {
  const clock = new SimulatedClock('2020-01-01T00:00:00.000Z');
  const newEventId = seededUuidV7(options.seed ?? 1, clock);
  const heads = new Map<string, { version: number; hash: string }>();
  let lastRecordedAt = '';
  return inputs.map((input, i) => {
    const streamId = input.streamId ?? options.streamId ?? 'stream-1';
    const occurredAt = input.occurredAt ?? '2020-01-01';
    const proposed = input.recordedAt ?? `${occurredAt}T02:00:00.000Z`;
    const recordedAt = proposed < lastRecordedAt ? lastRecordedAt : proposed;
    lastRecordedAt = recordedAt;
    clock.set(recordedAt);
    const head = heads.get(streamId);
    const fields = {
      eventId: newEventId(),
      type: input.type,
      schemaVersion: input.schemaVersion ?? 1,
      data: input.data,
      streamId,
      streamVersion: (head?.version ?? 0) + 1,
      occurredAt,
      recordedAt,
      metadata: input.metadata ?? {},
      prevHash: head?.hash ?? '0'.repeat(64),
    };
    const hash = hashEvent(fields);
    heads.set(streamId, { version: fields.streamVersion, hash });
    return { ...fields, globalPosition: (options.firstPosition ?? 1) + i, hash } as RecordedEvent<E>;
  });
};
