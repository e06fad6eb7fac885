import { type CorruptEvent, corruptEvent, type RecordedEvent } from '@innoledger/kernel';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { decodeEnvelope } from './envelope';
import { revisionToVersion } from './revision';

/** The parts of the client's recorded event we read (its `RecordedEvent` has them all). */
export interface ServerRecord {
  readonly type: string;
  readonly revision: bigint;
  readonly isJson: boolean;
  readonly data: unknown;
  readonly metadata: unknown;
}

/**
 * Our event from a server record of stream `streamId` at global position `globalPosition`.
 * A record this adapter did not write (no envelope, not JSON) is a `CorruptEvent` naming where it lies.
 * A JSON event whose bytes do not parse reaches us as their raw text (the client gives no way to
 * tell it from string data); it is returned as a string and `verify` reports the hash mismatch.
 */
export const toRecordedEvent = (
  record: ServerRecord,
  streamId: string,
  globalPosition: number,
): Either<CorruptEvent, RecordedEvent> => {
  const streamVersion = revisionToVersion(record.revision);
  const corrupt = (path: string, message: string) =>
    left(corruptEvent({ streamId, streamVersion, globalPosition, path, message }));
  if (record.type.length === 0) return corrupt('type', 'is empty');
  if (!record.isJson) return corrupt('data', 'is not a JSON event');
  if (record.data === undefined) return corrupt('data', 'is missing');
  const envelope = decodeEnvelope(record.metadata);
  if (envelope._tag === 'Left') return corrupt(envelope.left.path, envelope.left.message);
  const e = envelope.right;
  return right({
    eventId: e.eventId,
    type: record.type,
    schemaVersion: e.schemaVersion,
    data: record.data,
    streamId,
    streamVersion,
    globalPosition,
    occurredAt: e.occurredAt,
    recordedAt: e.recordedAt,
    metadata: e.metadata,
    prevHash: e.prevHash,
    hash: e.hash,
  });
};
