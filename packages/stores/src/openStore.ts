import {
  type Clock,
  type EventIdGenerator,
  type EventStore,
  InMemoryEventStore,
  type StoreUnavailable,
} from '@innoledger/kernel';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { redactUrl } from './redactUrl';
import { parseStoreUrl } from './storeUrl';
import type { UnknownStoreScheme } from './unknownStoreScheme';

export interface OpenStoreOptions {
  /** Source of `recordedAt`; default the wall clock. */
  readonly clock?: Clock;
  /** Event ids; default uuid v7. */
  readonly newEventId?: EventIdGenerator;
  /** SQLite only: `FULL` (default) survives power loss; `NORMAL` is faster but may lose the last commits. */
  readonly synchronous?: 'FULL' | 'NORMAL';
}

export type OpenStoreError = StoreUnavailable | UnknownStoreScheme;

/** An adapter's answer, with the store's location reported as the URL the caller gave. */
const naming = <S extends EventStore>(
  url: string,
  opened: Either<StoreUnavailable, S>,
): Either<OpenStoreError, EventStore> =>
  opened._tag === 'Left' ? left({ ...opened.left, location: redactUrl(url) }) : right(opened.right);

/**
 * Opens the store a URL names (see `parseStoreUrl` for the schemes). Adapters load on demand, so
 * a SQLite user never loads the PostgreSQL driver or the gRPC client. An unknown scheme is an
 * `UnknownStoreScheme`; a store that cannot be opened or reached is a `StoreUnavailable` naming
 * the URL, password removed.
 */
export const openStore = async (
  url: string,
  options: OpenStoreOptions = {},
): Promise<Either<OpenStoreError, EventStore>> => {
  const parsed = parseStoreUrl(url);
  if (parsed._tag === 'Left') return parsed;
  const target = parsed.right;
  const common = {
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.newEventId === undefined ? {} : { newEventId: options.newEventId }),
  };
  switch (target.kind) {
    case 'memory':
      return right(new InMemoryEventStore(common));
    case 'sqlite': {
      const { openSqliteStore } = await import('@innoledger/store-sqlite');
      const synchronous = options.synchronous === undefined ? {} : { synchronous: options.synchronous };
      return naming(url, await openSqliteStore({ path: target.path, ...synchronous, ...common }));
    }
    case 'postgres': {
      const { openPostgresStore } = await import('@innoledger/store-postgres');
      const schema = target.schema === undefined ? {} : { schema: target.schema };
      return naming(url, await openPostgresStore({ connectionString: target.connectionString, ...schema, ...common }));
    }
    case 'eventstoredb': {
      const { openEventStoreDbStore } = await import('@innoledger/store-eventstoredb');
      return naming(url, await openEventStoreDbStore({ connectionString: target.connectionString, ...common }));
    }
  }
};
