import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { type CorruptEvent, corruptEvent, isCorruptEventError } from '../errors/corruptEvent';
import type { RecordedEvent } from '../events/event';
import type { ChainLink } from '../store/chainLink';
import type { EventStore } from '../store/eventStore';
import { isReservedStream, SEALS_STREAM } from '../store/streamId';
import { GENESIS_HASH, hashEvent, sha256Hex } from './hash';
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

/** The fields of an event the chain's links are made of. */
type Link = Pick<RecordedEvent, 'globalPosition' | 'streamId' | 'streamVersion' | 'prevHash' | 'hash'>;

const brokenAt = (link: Link, problem: BrokenLink['problem'], expected: string, found: string): BrokenLink => ({
  _tag: 'BrokenLink',
  streamId: link.streamId,
  streamVersion: link.streamVersion,
  globalPosition: link.globalPosition,
  problem,
  expected,
  found,
});

/** Order and linkage: the position grows, the version follows the stream's head, prevHash is its hash. */
const checkOrder = (
  link: Link,
  head: { version: number; hash: string } | undefined,
  lastPosition: number,
): BrokenLink | undefined => {
  if (link.globalPosition <= lastPosition)
    return brokenAt(link, 'position', `> ${lastPosition}`, String(link.globalPosition));
  const expectedVersion = (head?.version ?? 0) + 1;
  if (link.streamVersion !== expectedVersion)
    return brokenAt(link, 'version', String(expectedVersion), String(link.streamVersion));
  const expectedPrev = head?.hash ?? GENESIS_HASH;
  if (link.prevHash !== expectedPrev) return brokenAt(link, 'prevHash', expectedPrev, link.prevHash);
  return undefined;
};

/** The heads of user streams: seals pin those, not the seal stream itself. */
const userHeadsOf = (heads: StreamHeads): StreamHeads => {
  const user: StreamHeads = new Map();
  for (const [streamId, head] of heads) if (!isReservedStream(streamId)) user.set(streamId, head);
  return user;
};

/** The event's own hash, recomputed from its parsed fields. */
const checkHash = (event: RecordedEvent): BrokenLink | undefined => {
  const recomputed = hashEvent(event);
  return recomputed === event.hash ? undefined : brokenAt(event, 'hash', recomputed, event.hash);
};

/** The event at `position`, read and parsed the ordinary way (a corrupt row throws). */
const readEventAt = async (store: EventStore, position: number): Promise<RecordedEvent | undefined> => {
  for await (const event of store.readAll({ after: position - 1, toPosition: position })) return event;
  return undefined;
};

/** Every link in global order: from the store's chain-link reader, or from parsed events. */
async function* linksOf(store: EventStore): AsyncIterable<readonly (ChainLink | RecordedEvent)[]> {
  if (store.readChainLinks) {
    yield* store.readChainLinks({ batchSize: 1000 });
    return;
  }
  let batch: RecordedEvent[] = [];
  for await (const event of store.readAll({ batchSize: 1000 })) {
    batch.push(event);
    if (batch.length === 1000) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * The hash check of one link, synchronous unless it must re-read. A store's text that hashes right
 * proves the event intact; one that does not is settled on the parsed event, so a store whose
 * rebuilt text differs from the canonical one is slower, never wrong.
 */
const checkLinkHash = (
  store: EventStore,
  link: ChainLink | RecordedEvent,
): BrokenLink | undefined | Promise<BrokenLink | undefined> => {
  if (!('hashInput' in link)) return checkHash(link);
  if (link.hashChecked === true) return undefined;
  if (link.hashInput !== undefined && sha256Hex(link.hashInput) === link.hash) return undefined;
  return readEventAt(store, link.globalPosition).then((event) =>
    event ? checkHash(event) : brokenAt(link, 'position', 'a stored event', 'none'),
  );
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
  // One head per stream, updated in place: verify touches it for every event of the history.
  const heads: StreamHeads = new Map();
  let next = 0;
  let lastPosition = 0;
  let events = 0;

  const checkSeal = (s: PendingSeal): BrokenSeal | undefined => {
    const found = headsDigest(userHeadsOf(heads));
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
    for await (const batch of linksOf(store)) {
      for (const link of batch) {
        const brokenSeal = checkSealsBefore(link.globalPosition);
        if (brokenSeal) return left(brokenSeal);
        const head = heads.get(link.streamId);
        let broken = checkOrder(link, head, lastPosition) ?? checkLinkHash(store, link);
        if (broken instanceof Promise) broken = await broken;
        if (broken) return left(broken);
        if (head) {
          head.version = link.streamVersion;
          head.hash = link.hash;
        } else heads.set(link.streamId, { version: link.streamVersion, hash: link.hash });
        lastPosition = link.globalPosition;
        events++;
      }
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
    const found = headsDigest(userHeadsOf(heads));
    return left({
      _tag: 'BrokenSeal',
      sealVersion: beyond.sealVersion,
      sealedPosition: beyond.position,
      expectedDigest: beyond.digest,
      foundDigest: found,
      message: `history ends at position ${lastPosition}, before sealed position ${beyond.position}`,
    });
  }
  let streams = 0;
  for (const streamId of heads.keys()) if (!isReservedStream(streamId)) streams++;
  return right({ events, streams, seals: seals.length, lastPosition });
};
