/**
 * What the store remembers of a handled command, written in the same transaction as its events,
 * so that a retried command is recognised even after a crash between append and reply.
 */
export interface CommandRecord {
  readonly commandId: string;
  /** sha256 of the stream id and the canonical command: tells a retry from a reused id. */
  readonly fingerprint: string;
  readonly streamId: string;
  /** Stream version before the command's events; they are versions `versionBefore + 1 .. versionAfter`. */
  readonly versionBefore: number;
  readonly versionAfter: number;
}

/** The part of a {@link CommandRecord} a caller supplies; the store fills in the versions. */
export interface CommandToRecord {
  readonly commandId: string;
  readonly fingerprint: string;
}
