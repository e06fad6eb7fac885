import type { EventStoreDBClient } from '@eventstore/db-client';
import type { StreamNaming } from './streamNames';

/** A connected client and the stream naming of the store using it: what every operation needs. */
export interface Server {
  readonly client: EventStoreDBClient;
  readonly naming: StreamNaming;
}
