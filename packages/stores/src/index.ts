// The public API of @innoledger/stores, listed by hand.

export {
  type MigrateOptions,
  type MigrationError,
  type MigrationProgress,
  migrate,
  type TargetNotEmpty,
  targetNotEmpty,
} from './migrate';
export { type OpenStoreError, type OpenStoreOptions, openStore } from './openStore';
export { redactUrl } from './redactUrl';
export {
  DEFAULT_SQLITE_PATH,
  DEFAULT_STORE_URL,
  parseStoreUrl,
  type StoreTarget,
  SUPPORTED_SCHEMES,
} from './storeUrl';
export { type UnknownStoreScheme, unknownStoreScheme } from './unknownStoreScheme';
