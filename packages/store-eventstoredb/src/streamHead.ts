import { BACKWARDS, END } from '@eventstore/db-client';
import { CorruptEventError, corruptEvent, EMPTY_HEAD, type StreamHead } from '@innoledger/kernel';
import { decodeEnvelope } from './envelope';
import { isStreamNotFound } from './errors';
import { revisionToVersion } from './revision';
import type { Server } from './server';

/**
 * The stream's last version and hash, read from the leader (backwards, one event) so the next
 * append chains to what is really there. A last event without a readable envelope cannot be
 * chained to: that is a defect, thrown as the kernel's corrupt-event error.
 */
export const readStreamHead = async ({ client, naming }: Server, streamId: string): Promise<StreamHead> => {
  const read = client.readStream(naming.toServer(streamId), {
    fromRevision: END,
    direction: BACKWARDS,
    maxCount: 1,
    requiresLeader: true,
  });
  try {
    for await (const resolved of read) {
      const record = resolved.event;
      if (record === undefined) continue;
      const streamVersion = revisionToVersion(record.revision);
      const envelope = decodeEnvelope(record.metadata);
      if (envelope._tag === 'Left')
        throw new CorruptEventError(
          corruptEvent({ streamId, streamVersion, globalPosition: undefined, ...envelope.left }),
        );
      return { version: streamVersion, hash: envelope.right.hash };
    }
    return EMPTY_HEAD;
  } catch (error) {
    if (isStreamNotFound(error)) return EMPTY_HEAD;
    throw error;
  }
};
