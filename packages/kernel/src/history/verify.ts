import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { type CorruptEvent, corruptEvent, isCorruptEventError } from '../errors/corruptEvent';
import type { RecordedEvent } from '../events/event';
import type { EventStore } from '../store/eventStore';
import { isReservedStream, SEALS_STREAM } from '../store/streamId';
import { GENESIS_HASH, hashEvent } from './hash';
import { SEAL_EVENT_TYPE, SealData } from './seal';
import { headsDigest, type StreamHeads } from './streamHeads';

/** The first event whose chain does not hold. */
export interface BrokenLink {
  readonly _tag: 'BrokenLink';
  readonly streamId: string;
  readonly streamVersion: number;
  readonly globalPosition: number;
  readonly problem: 'hash' | 'prevHash' | 'version' | 'position';
  readonly expected: string;
  readonly found: string;
}

/** A seal whose digest no longer matches the history before it. */
export interface BrokenSeal {
  readonly _tag: 'BrokenSeal';
  readonly sealVersion: number;
  readonly sealedPosition: number;
  readonly expectedDigest: string;
  readonly foundDigest: string;
  readonly message: string;
}

export type VerificationFailure = BrokenLink | BrokenSeal | CorruptEvent;

export interface VerificationReport {
  readonly events: number;
  readonly streams: number;
  readonly seals: number;
  readonly lastPosition: number;
}

interface PendingSeal extends SealData {
  readonly sealVersion: number;
}

const readSeals = async (store: EventStore): Promise<Either<CorruptEvent, PendingSeal[]>> => {
  const read = await store.readStream(SEALS_STREAM);
  if (isLeft(read)) return read.left._tag === 'CorruptEvent' ? left(read.left) : right([]);
  const seals: PendingSeal[] = [];
  for (const event of read.right) {
    const decoded = SealData.decode(event.data);
    if (event.type !== SEAL_EVENT_TYPE || isLeft(decoded)) {
      return left(
        corruptEvent({
          streamId: SEALS_STREAM,
          streamVersion: event.streamVersion,
          globalPosition: event.globalPosition,
          path: 'data',
          message: 'not a seal record',
        }),
      );
    }
    seals.push({ ...decoded.right, sealVersion: event.streamVersion });
  }
  return right(seals.sort((a, b) => a.position - b.position));
};

const checkLink = (event: RecordedEvent, heads: StreamHeads, lastPosition: number): BrokenLink | undefined => {
  const where = {
    _tag: 'BrokenLink' as const,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    globalPosition: event.globalPosition,
  };
  if (event.globalPosition <= lastPosition)
    return { ...where, problem: 'position', expected: `> ${lastPosition}`, found: String(event.globalPosition) };
  const head = heads.get(event.streamId);
  const expectedVersion = (head?.version ?? 0) + 1;
  if (event.streamVersion !== expectedVersion)
    return { ...where, problem: 'version', expected: String(expectedVersion), found: String(event.streamVersion) };
  const expectedPrev = head?.hash ?? GENESIS_HASH;
  if (event.prevHash !== expectedPrev)
    return { ...where, problem: 'prevHash', expected: expectedPrev, found: event.prevHash };
  const recomputed = hashEvent(event);
  if (recomputed !== event.hash) return { ...where, problem: 'hash', expected: recomputed, found: event.hash };
  return undefined;
};

/**
 * Walks every stream's hash chain in global order and checks every seal against the stream heads
 * at its position. Returns the first failure: the stream, version and hashes of a broken link, or
 * the seal whose digest no longer matches (which is how a removed last event is caught).
 */
export const verify = async (store: EventStore): Promise<Either<VerificationFailure, VerificationReport>> => {
  const sealsRead = await readSeals(store);
  if (isLeft(sealsRead)) return sealsRead;
  const seals = sealsRead.right;
  const heads: StreamHeads = new Map();
  const userHeads: StreamHeads = new Map();
  let next = 0;
  let lastPosition = 0;
  let events = 0;

  const checkSeal = (s: PendingSeal): BrokenSeal | undefined => {
    const found = headsDigest(userHeads);
    if (found === s.digest) return undefined;
    const message = `history up to position ${s.position} no longer matches seal ${s.sealVersion}`;
    return {
      _tag: 'BrokenSeal',
      sealVersion: s.sealVersion,
      sealedPosition: s.position,
      expectedDigest: s.digest,
      foundDigest: found,
      message,
    };
  };
  // Checks, against the heads as they stand now, every seal taken before `position`.
  const checkSealsBefore = (position: number): BrokenSeal | undefined => {
    for (; next < seals.length && (seals[next] as PendingSeal).position < position; next++) {
      const broken = checkSeal(seals[next] as PendingSeal);
      if (broken) return broken;
    }
    return undefined;
  };

  try {
    for await (const event of store.readAll()) {
      const brokenSeal = checkSealsBefore(event.globalPosition);
      if (brokenSeal) return left(brokenSeal);
      const broken = checkLink(event, heads, lastPosition);
      if (broken) return left(broken);
      const head = { version: event.streamVersion, hash: event.hash };
      heads.set(event.streamId, head);
      if (!isReservedStream(event.streamId)) userHeads.set(event.streamId, head);
      lastPosition = event.globalPosition;
      events++;
    }
  } catch (error) {
    if (isCorruptEventError(error)) return left(error.corrupt);
    throw error;
  }
  const brokenSeal = checkSealsBefore(lastPosition + 1);
  if (brokenSeal) return left(brokenSeal);
  // A seal beyond the end means events it covered are gone.
  const beyond = seals[next];
  if (beyond) {
    const found = headsDigest(userHeads);
    return left({
      _tag: 'BrokenSeal',
      sealVersion: beyond.sealVersion,
      sealedPosition: beyond.position,
      expectedDigest: beyond.digest,
      foundDigest: found,
      message: `history ends at position ${lastPosition}, before sealed position ${beyond.position}`,
    });
  }
  return right({ events, streams: userHeads.size, seals: seals.length, lastPosition });
};
