import { EventStoreDBClient } from '@eventstore/db-client';
import { type Clock, type EventIdGenerator, type StoreUnavailable, storeUnavailable } from '@innoledger/kernel';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { normalizeConnectionString, serverLocation } from './connection';
import { unavailableFromError } from './errors';
import { EventStoreDbEventStore } from './eventStoreDbEventStore';
import { isNamespace } from './streamNames';

export interface OpenEventStoreDbStoreOptions {
  /** `esdb://host:2113?tls=false`, `esdb+discover://…` for a cluster; `kurrentdb://…` is accepted too. */
  readonly connectionString: string;
  /**
   * Keeps this store's streams under `innoledger-ns-<namespace>/` so several stores share one
   * server (the contract suite gives each test its own). 1-100 characters of A-Z a-z 0-9 _ . -
   */
  readonly namespace?: string;
  readonly clock?: Clock;
  readonly newEventId?: EventIdGenerator;
}

/**
 * Connects and numbers the existing history (one forward read of `$all`, which also proves the
 * server is reachable and the credentials may read `$all`). An unreachable server, a refused
 * login or a malformed connection string is a `StoreUnavailable` naming the redacted location.
 */
export const openEventStoreDbStore = async (
  options: OpenEventStoreDbStoreOptions,
): Promise<Either<StoreUnavailable, EventStoreDbEventStore>> => {
  if (options.namespace !== undefined && !isNamespace(options.namespace))
    throw new RangeError(
      `namespace must be 1-100 characters of A-Z a-z 0-9 _ . -, got ${JSON.stringify(options.namespace)}`,
    );
  const where = serverLocation(options.connectionString);
  let client: EventStoreDBClient;
  try {
    client = EventStoreDBClient.connectionString(normalizeConnectionString(options.connectionString));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return left(storeUnavailable({ ...where, message: `not an EventStoreDB connection string: ${reason}` }));
  }
  const store = new EventStoreDbEventStore(client, {
    ...(options.namespace === undefined ? {} : { namespace: options.namespace }),
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.newEventId === undefined ? {} : { newEventId: options.newEventId }),
  });
  try {
    await store.catchUp();
  } catch (error) {
    await client.dispose().catch(() => undefined);
    const unavailable = unavailableFromError(error, where);
    if (unavailable) return left(unavailable);
    throw error;
  }
  return right(store);
};
