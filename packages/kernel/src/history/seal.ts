import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import type { AppendError, EventStore } from '../store/eventStore';
import { isReservedStream, SEALS_STREAM } from '../store/streamId';
import { businessDayOf } from '../time/businessDate';
import { headsDigest, type StreamHeads } from './streamHeads';

/** The stored body of a seal: a digest over all stream heads at `position`. */
export const SealData = t.type({ position: t.number, streams: t.number, digest: t.string });
export type SealData = t.TypeOf<typeof SealData>;

export const SEAL_EVENT_TYPE = 'HistorySealed';

/** A seal as recorded: where it stands in the seals stream and when it was taken. */
export interface Seal extends SealData {
  readonly sealVersion: number;
  readonly recordedAt: string;
}

/**
 * Records a digest over every stream head at the store's current position, in the library's own
 * hash-chained seals stream. Publishing the digest (or the seal's hash) lets an auditor later
 * prove that nothing before it was changed or removed, including a stream's last event.
 * The seal's business date is the day of the last sealed event, so rebuilt histories seal alike.
 */
export const seal = async (store: EventStore): Promise<Either<AppendError, Seal>> => {
  const heads: StreamHeads = new Map();
  let position = 0;
  let lastRecordedAt: string | undefined;
  for await (const event of store.readAll()) {
    position = event.globalPosition;
    lastRecordedAt = event.recordedAt;
    if (!isReservedStream(event.streamId))
      heads.set(event.streamId, { version: event.streamVersion, hash: event.hash });
  }
  const data: SealData = { position, streams: heads.size, digest: headsDigest(heads) };
  const occurredAt = businessDayOf(lastRecordedAt ?? new Date(0));
  const appended = await store.appendToStream(SEALS_STREAM, 'any', [{ type: SEAL_EVENT_TYPE, data, occurredAt }], {
    allowReservedStream: true,
  });
  if (isLeft(appended)) return left(appended.left);
  const event = appended.right.events[0];
  if (!event) throw new Error('seal: the store returned no event for the seal append');
  return right({ ...data, sealVersion: event.streamVersion, recordedAt: event.recordedAt });
};
