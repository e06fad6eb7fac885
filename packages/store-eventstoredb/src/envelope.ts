import type { EventMetadata } from '@innoledger/kernel';
import { type Either, left, right } from 'fp-ts/lib/Either.js';

/**
 * What we keep of an event beside its type, data, stream and revision (which the server holds
 * natively). It travels as the server event's metadata JSON.
 */
export interface Envelope {
  readonly eventId: string;
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly prevHash: string;
  readonly hash: string;
  readonly metadata: EventMetadata;
  /** Set on the events of an append that recorded a command: how a command claim is confirmed. */
  readonly command?: string;
}

/** Marks metadata written by this adapter, and its layout version. */
export const ENVELOPE_FORMAT = 1;

/** Where the stored metadata is wrong, as a path under the event (`metadata.hash`). */
export interface EnvelopeProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * The metadata object to store. The correlation and causation ids are repeated under the server's
 * own `$correlationId` / `$causationId` keys so its system projections (`$by_correlation_id`) see them.
 */
export const encodeEnvelope = (envelope: Envelope): Record<string, unknown> => ({
  innoledger: ENVELOPE_FORMAT,
  eventId: envelope.eventId,
  schemaVersion: envelope.schemaVersion,
  occurredAt: envelope.occurredAt,
  recordedAt: envelope.recordedAt,
  prevHash: envelope.prevHash,
  hash: envelope.hash,
  metadata: envelope.metadata,
  ...(envelope.command === undefined ? {} : { command: envelope.command }),
  ...(envelope.metadata.correlationId === undefined ? {} : { $correlationId: envelope.metadata.correlationId }),
  ...(envelope.metadata.causationId === undefined ? {} : { $causationId: envelope.metadata.causationId }),
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array);

const STRING_FIELDS = ['eventId', 'occurredAt', 'recordedAt', 'prevHash', 'hash'] as const;

const decodeMetadata = (value: unknown): Either<EnvelopeProblem, EventMetadata> => {
  if (!isRecord(value)) return left({ path: 'metadata.metadata', message: 'must be an object' });
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string') return left({ path: `metadata.metadata.${key}`, message: 'must be a string' });
  }
  return right(value as EventMetadata);
};

/**
 * Reads the metadata the client hands back (parsed JSON, or raw bytes when it was not JSON). Extra
 * keys are ignored so a later envelope format can add fields.
 */
export const decodeEnvelope = (raw: unknown): Either<EnvelopeProblem, Envelope> => {
  if (!isRecord(raw)) return left({ path: 'metadata', message: 'is not a JSON object written by innoledger' });
  if (raw.innoledger !== ENVELOPE_FORMAT)
    return left({ path: 'metadata.innoledger', message: `expected envelope format ${ENVELOPE_FORMAT}` });
  for (const key of STRING_FIELDS) {
    if (typeof raw[key] !== 'string') return left({ path: `metadata.${key}`, message: 'must be a string' });
  }
  const schemaVersion = raw.schemaVersion;
  if (typeof schemaVersion !== 'number' || !Number.isSafeInteger(schemaVersion) || schemaVersion < 1)
    return left({ path: 'metadata.schemaVersion', message: 'must be a positive integer' });
  if (raw.command !== undefined && typeof raw.command !== 'string')
    return left({ path: 'metadata.command', message: 'must be a string' });
  const metadata = decodeMetadata(raw.metadata);
  if (metadata._tag === 'Left') return metadata;
  return right({
    eventId: raw.eventId as string,
    schemaVersion,
    occurredAt: raw.occurredAt as string,
    recordedAt: raw.recordedAt as string,
    prevHash: raw.prevHash as string,
    hash: raw.hash as string,
    metadata: metadata.right,
    ...(typeof raw.command === 'string' ? { command: raw.command } : {}),
  });
};

/** The `recordedAt` of stored metadata without a full decode, for the catch-up scan. */
export const recordedAtOf = (raw: unknown): string | undefined =>
  isRecord(raw) && typeof raw.recordedAt === 'string' ? raw.recordedAt : undefined;
