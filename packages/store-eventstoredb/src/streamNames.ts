import { isReservedStream, RESERVED_STREAM_PREFIX } from '@innoledger/kernel';

// How our stream ids become server stream names. The server treats names starting with `$` as its
// own (system streams, excluded from our reads and guarded by its ACLs), so:
//  - `$innoledger:x` (the library's reserved streams, e.g. seals) is stored as `innoledger-reserved-x`;
//  - the adapter's own bookkeeping (command claims, snapshots, projection checkpoints) lives in
//    streams starting with `innoledger-` and is never part of the event history;
//  - a user stream id that starts with `$`, `~` or `innoledger-` is stored with a `~` in front, so
//    every id, whatever its first characters, has exactly one server name and back.
// A namespace puts all of a store's streams under `innoledger-ns-<namespace>/`, so several stores
// (a test suite's, or several tenants') share one server: the store without a namespace sees
// namespaced streams as bookkeeping, and a namespaced store sees everything else as foreign.

/** Prefix of every server stream the adapter writes for itself. */
export const INTERNAL_PREFIX = 'innoledger-';
/** Prefix of the server streams holding the kernel's `$innoledger:` streams. */
export const RESERVED_SERVER_PREFIX = `${INTERNAL_PREFIX}reserved-`;
const NAMESPACE_PREFIX = `${INTERNAL_PREFIX}ns-`;
const ESCAPE = '~';
const NAMESPACE = /^[A-Za-z0-9_.-]{1,100}$/;

/** What a server stream is to a store. */
export type ServerStreamKind =
  /** One of its event streams: part of the history and of `readAll`. */
  | { readonly kind: 'events'; readonly streamId: string }
  /** The adapter's bookkeeping (claims, snapshots, checkpoints; other namespaces for the default store). */
  | { readonly kind: 'internal' }
  /** The server's own streams (`$…`, including the `$$…` metadata streams). */
  | { readonly kind: 'system' }
  /** A name this store never produces: another namespace's, or another writer's. */
  | { readonly kind: 'foreign' };

/** The server stream names of one store. */
export interface StreamNaming {
  readonly namespace: string | undefined;
  /** The server stream holding our stream `streamId`. */
  toServer(streamId: string): string;
  classify(serverName: string): ServerStreamKind;
  /** True when the server stream belongs to the event history (and so takes a global position). */
  isHistory(serverName: string): boolean;
  /** The stream holding the claims of command `commandId`. */
  command(commandId: string): string;
  /** The stream holding snapshots named `name` of stream `streamId`. */
  snapshot(streamId: string, name: string): string;
  /** The stream holding the views and checkpoints of projection `name` at `version`. */
  projection(name: string, version: number): string;
}

const needsEscape = (name: string): boolean =>
  name.startsWith('$') || name.startsWith(ESCAPE) || name.startsWith(INTERNAL_PREFIX);

const toUnprefixed = (streamId: string): string => {
  if (isReservedStream(streamId)) return RESERVED_SERVER_PREFIX + streamId.slice(RESERVED_STREAM_PREFIX.length);
  return needsEscape(streamId) ? ESCAPE + streamId : streamId;
};

const classifyUnprefixed = (name: string): ServerStreamKind => {
  if (name.startsWith('$')) return { kind: 'system' };
  if (name.startsWith(RESERVED_SERVER_PREFIX))
    return { kind: 'events', streamId: RESERVED_STREAM_PREFIX + name.slice(RESERVED_SERVER_PREFIX.length) };
  if (name.startsWith(INTERNAL_PREFIX)) return { kind: 'internal' };
  if (name.startsWith(ESCAPE)) {
    const streamId = name.slice(ESCAPE.length);
    return needsEscape(streamId) ? { kind: 'events', streamId } : { kind: 'foreign' };
  }
  return { kind: 'events', streamId: name };
};

/** True for a namespace `streamNaming` accepts: 1-100 letters, digits, `_`, `.` or `-`. */
export const isNamespace = (namespace: string): boolean => NAMESPACE.test(namespace);

/**
 * The naming of a store, optionally under a namespace. Bookkeeping names use `encodeURIComponent`
 * (which never yields `/` or `@`) so they stay injective whatever the names inside contain.
 */
export const streamNaming = (namespace?: string): StreamNaming => {
  if (namespace !== undefined && !isNamespace(namespace))
    throw new RangeError(`namespace must be 1-100 characters of A-Z a-z 0-9 _ . -, got ${JSON.stringify(namespace)}`);
  const prefix = namespace === undefined ? '' : `${NAMESPACE_PREFIX}${namespace}/`;
  const classify = (serverName: string): ServerStreamKind => {
    if (prefix === '') return classifyUnprefixed(serverName);
    if (serverName.startsWith('$')) return { kind: 'system' };
    if (!serverName.startsWith(prefix)) return { kind: 'foreign' };
    const inner = serverName.slice(prefix.length);
    return inner.startsWith('$') ? { kind: 'foreign' } : classifyUnprefixed(inner);
  };
  return {
    namespace,
    toServer: (streamId) => prefix + toUnprefixed(streamId),
    classify,
    isHistory: (serverName) => classify(serverName).kind === 'events',
    command: (commandId) => `${prefix}${INTERNAL_PREFIX}command-${commandId}`,
    snapshot: (streamId, name) => `${prefix}${INTERNAL_PREFIX}snapshot-${encodeURIComponent(name)}/${streamId}`,
    projection: (name, version) => `${prefix}${INTERNAL_PREFIX}projection-${encodeURIComponent(name)}@${version}`,
  };
};
