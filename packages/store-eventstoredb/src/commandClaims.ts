import { BACKWARDS, END, FORWARDS, jsonEvent, NO_STREAM, type ResolvedEvent } from '@eventstore/db-client';
import type { CommandRecord } from '@innoledger/kernel';
import { decodeEnvelope } from './envelope';
import { conflictFromError, conflictFromResult, isStreamNotFound } from './errors';
import { versionToRevision } from './revision';
import type { Server } from './server';

// The server writes one stream per append, so a command record cannot share the events' write.
// Instead a command is *claimed* in its own stream before its events are appended, and a claim
// counts only once confirmed: the stream it names holds, at `versionBefore + 1`, an event whose
// envelope carries the command id. Claims are written with optimistic concurrency on the claim
// stream, so one writer at a time holds the latest claim; the others wait until it is confirmed
// (they then answer DuplicateCommand), released (its append was refused) or, if its writer died,
// left unchanged for a lease, after which the next claim supersedes it.

export const COMMAND_CLAIMED = 'CommandClaimed';
export const COMMAND_RELEASED = 'CommandReleased';

/** The claim's stored data, checked field by field; `undefined` when it is not a claim. */
export const decodeClaim = (data: unknown): CommandRecord | undefined => {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const { commandId, fingerprint, streamId, versionBefore, versionAfter } = data as Record<string, unknown>;
  if (typeof commandId !== 'string' || typeof fingerprint !== 'string' || typeof streamId !== 'string')
    return undefined;
  if (typeof versionBefore !== 'number' || !Number.isSafeInteger(versionBefore) || versionBefore < 0) return undefined;
  if (typeof versionAfter !== 'number' || !Number.isSafeInteger(versionAfter) || versionAfter < versionBefore)
    return undefined;
  return { commandId, fingerprint, streamId, versionBefore, versionAfter };
};

/** The latest claim of a command and whether the history confirms it. */
export interface ClaimState {
  /** The latest claim; undefined when there is none or it was released. */
  readonly record: CommandRecord | undefined;
  readonly confirmed: boolean;
  /** Revision of the claim stream's last event, for the next claim's expected revision. */
  readonly lastRevision: bigint | undefined;
}

const firstOf = async (read: AsyncIterable<ResolvedEvent>): Promise<ResolvedEvent | undefined> => {
  try {
    for await (const resolved of read) return resolved;
    return undefined;
  } catch (error) {
    if (isStreamNotFound(error)) return undefined;
    throw error;
  }
};

/** True when the event after `versionBefore` in the claimed stream was appended with this command. */
const isConfirmed = async ({ client, naming }: Server, record: CommandRecord): Promise<boolean> => {
  if (record.versionAfter === record.versionBefore) return true;
  const first = await firstOf(
    client.readStream(naming.toServer(record.streamId), {
      fromRevision: versionToRevision(record.versionBefore + 1),
      direction: FORWARDS,
      maxCount: 1,
      requiresLeader: true,
    }),
  );
  if (first?.event === undefined) return false;
  const envelope = decodeEnvelope(first.event.metadata);
  return envelope._tag === 'Right' && envelope.right.command === record.commandId;
};

export const readClaim = async (server: Server, commandId: string): Promise<ClaimState> => {
  const stream = server.naming.command(commandId);
  const last = await firstOf(
    server.client.readStream(stream, {
      fromRevision: END,
      direction: BACKWARDS,
      maxCount: 1,
      requiresLeader: true,
    }),
  );
  if (last?.event === undefined) return { record: undefined, confirmed: false, lastRevision: undefined };
  if (last.event.type === COMMAND_RELEASED)
    return { record: undefined, confirmed: false, lastRevision: last.event.revision };
  const record = decodeClaim(last.event.data);
  if (record === undefined || record.commandId !== commandId)
    throw new Error(`command claim stream ${JSON.stringify(stream)} holds something else`);
  return { record, confirmed: await isConfirmed(server, record), lastRevision: last.event.revision };
};

/** Writes a claim after `lastRevision`: its revision, or undefined when another writer claimed meanwhile. */
export const writeClaim = async (
  { client, naming }: Server,
  record: CommandRecord,
  lastRevision: bigint | undefined,
): Promise<bigint | undefined> => {
  const stream = naming.command(record.commandId);
  const event = jsonEvent({ type: COMMAND_CLAIMED, data: { ...record } });
  try {
    const result = await client.appendToStream(stream, event, { expectedRevision: lastRevision ?? NO_STREAM });
    return conflictFromResult(result, stream, 'any') === undefined ? result.nextExpectedRevision : undefined;
  } catch (error) {
    if (conflictFromError(error, stream, 'any', 0)) return undefined;
    throw error;
  }
};

/** Gives a claim up after its append was refused, unless a later claim superseded it already. */
export const releaseClaim = async ({ client, naming }: Server, commandId: string, revision: bigint): Promise<void> => {
  const stream = naming.command(commandId);
  const event = jsonEvent({ type: COMMAND_RELEASED, data: { commandId } });
  try {
    await client.appendToStream(stream, event, { expectedRevision: revision });
  } catch (error) {
    if (!conflictFromError(error, stream, 'any', 0)) throw error;
  }
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The command's claim once it is settled: confirmed, released, absent, or unchanged for `leaseMs`
 * (its writer is gone). While another writer's claim is in flight this polls, backing off to 250 ms.
 * The lease is timed on this process's monotonic clock, so clock skew between writers is harmless.
 */
export const settledClaim = async (server: Server, commandId: string, leaseMs: number): Promise<ClaimState> => {
  let watched: bigint | undefined;
  let since = 0;
  for (let delay = 5; ; delay = Math.min(delay * 2, 250)) {
    const state = await readClaim(server, commandId);
    if (state.record === undefined || state.confirmed) return state;
    const now = performance.now();
    if (state.lastRevision !== watched) {
      watched = state.lastRevision;
      since = now;
    } else if (now - since >= leaseMs) return state;
    await sleep(delay);
  }
};
