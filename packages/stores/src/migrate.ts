import {
  type EventStore,
  type ImportError,
  isCorruptEventError,
  type RecordedEvent,
  type VerificationFailure,
  verify,
} from '@innoledger/kernel';
import { type Either, left, right } from 'fp-ts/lib/Either.js';

/** The target already holds events: a migration only ever fills an empty store. */
export interface TargetNotEmpty {
  readonly _tag: 'TargetNotEmpty';
  /** The target's head position: how many events it already holds. */
  readonly headPosition: number;
  readonly message: string;
}

export const targetNotEmpty = (headPosition: number): TargetNotEmpty => ({
  _tag: 'TargetNotEmpty',
  headPosition,
  message: `the target store already holds events (head position ${headPosition}); migrate into an empty store`,
});

/** Why a migration stopped: a non-empty target, a refused import, or a copy (or source) that does not verify. */
export type MigrationError = TargetNotEmpty | ImportError | VerificationFailure;

export interface MigrationProgress {
  /** Events copied so far. */
  readonly events: number;
  /** Source global position of the last event copied. */
  readonly position: number;
}

export interface MigrateOptions {
  /** Events read and imported per round trip; default 1000. */
  readonly batchSize?: number;
  /** Called after each imported batch. */
  readonly onProgress?: (progress: MigrationProgress) => void;
}

/**
 * Copies a whole history from one store to another, e.g. from the embedded SQLite file to
 * PostgreSQL or EventStoreDB: event ids, stream versions, global order, occurredAt and recordedAt,
 * metadata and hashes are kept (`importRecorded`), batch by batch so memory stays flat. The
 * target must be empty. Afterwards `verify` walks the copy's hash chains and seals; its first
 * failure is returned. Command records and snapshots are not part of the history and stay behind.
 */
export const migrate = async (
  from: EventStore,
  to: EventStore,
  options: MigrateOptions = {},
): Promise<Either<MigrationError, { readonly events: number }>> => {
  const head = await to.headPosition();
  if (head > 0) return left(targetNotEmpty(head));
  const batchSize = Math.max(1, options.batchSize ?? 1000);
  let batch: RecordedEvent[] = [];
  let events = 0;
  const flush = async (): Promise<ImportError | undefined> => {
    const last = batch[batch.length - 1];
    if (last === undefined) return undefined;
    const imported = await to.importRecorded(batch);
    if (imported._tag === 'Left') return imported.left;
    events += batch.length;
    batch = [];
    options.onProgress?.({ events, position: last.globalPosition });
    return undefined;
  };
  try {
    for await (const event of from.readAll({ batchSize })) {
      batch.push(event);
      if (batch.length < batchSize) continue;
      const refused = await flush();
      if (refused) return left(refused);
    }
  } catch (error) {
    if (isCorruptEventError(error)) return left(error.corrupt);
    throw error;
  }
  const refused = await flush();
  if (refused) return left(refused);
  const verified = await verify(to);
  if (verified._tag === 'Left') return left(verified.left);
  return right({ events });
};
