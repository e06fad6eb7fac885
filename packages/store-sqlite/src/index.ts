// The public API of @innoledger/store-sqlite, listed by hand: what is not here is internal.

export { isStoreBusyError, StoreBusyError } from './errors';
export {
  openSqliteStore,
  SqliteEventStore,
  type SqliteStoreOptions,
  type SqliteStoreSettings,
} from './sqliteEventStore';
