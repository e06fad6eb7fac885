// The public API of @innoledger/store-postgres, listed by hand.

export { StoreUnavailableError } from './errors';
export { DEFAULT_SCHEMA, openPostgresStore, type PostgresStoreOptions } from './openPostgresStore';
export { PostgresEventStore } from './postgresEventStore';
