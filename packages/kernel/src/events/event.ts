/** A domain fact before it is stored: a past-tense `type` and its `data`. */
export interface Event<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** A command: an imperative `type` and its `data`. */
export interface Command<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * Who and what caused an event. Kept outside `data` so that the domain payload stays about the
 * world, while audits can still trace a fact back to its command and its source document.
 */
export interface EventMetadata {
  readonly actor?: string;
  readonly commandId?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  /** Where the fact was announced, e.g. the document number (文号) or URL of a publication. */
  readonly source?: string;
}

/** What a caller hands to `appendToStream`; the store adds identity, position, time and hashes. */
export interface EventToAppend<E extends Event = Event> {
  readonly type: E['type'];
  readonly data: E['data'];
  /** Business date `YYYY-MM-DD` (China Standard Time): when it happened in the world. */
  readonly occurredAt: string;
  /** Defaults to 1. */
  readonly schemaVersion?: number;
  readonly metadata?: EventMetadata;
}

/** The envelope of a stored event: every field but `type` and `data`. */
export interface RecordedEnvelope {
  readonly eventId: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  /** 1 for the first event of a stream. */
  readonly streamVersion: number;
  /** 1 for the first event of the store; differs between stores holding the same history. */
  readonly globalPosition: number;
  /** Business date `YYYY-MM-DD`. */
  readonly occurredAt: string;
  /** Transaction time: the UTC instant the store took the event (ISO 8601 with milliseconds). */
  readonly recordedAt: string;
  readonly metadata: EventMetadata;
  readonly prevHash: string;
  readonly hash: string;
}

/**
 * An event as the store holds it. Every field but `globalPosition` is covered by `hash`.
 * Distributes over a union of events, so checking `event.type` narrows `event.data`.
 */
export type RecordedEvent<E extends Event = Event> = E extends Event
  ? RecordedEnvelope & { readonly type: E['type']; readonly data: E['data'] }
  : never;

/**
 * The envelope of `e` carrying `data` instead of its own, field by field (an object spread of a
 * dozen fields costs more on the append path than hashing the event).
 */
export const withData = <D>(e: RecordedEnvelope & { readonly type: string }, data: D) => ({
  eventId: e.eventId,
  type: e.type,
  schemaVersion: e.schemaVersion,
  data,
  streamId: e.streamId,
  streamVersion: e.streamVersion,
  occurredAt: e.occurredAt,
  recordedAt: e.recordedAt,
  metadata: e.metadata,
  prevHash: e.prevHash,
  globalPosition: e.globalPosition,
  hash: e.hash,
});
