import { createHash } from 'node:crypto';
import { escapeIdentifier } from 'pg';

/** Schema-qualified, quoted table names: identifiers cannot be bound parameters, so they are quoted once here. */
export interface Tables {
  readonly schema: string;
  readonly quotedSchema: string;
  readonly events: string;
  /** Only migrations use it: schema 3 reads stream heads from the events. */
  readonly streams: string;
  /** Only migrations use it: schema 3 reads the log head from the events. */
  readonly logHead: string;
  /** The log lock's advisory lock key (a bigint literal), of this schema's. */
  readonly logLock: string;
  readonly commands: string;
  readonly snapshots: string;
  readonly projections: string;
  readonly schemaVersion: string;
  /** The one-round-trip append function (migration 2), in this schema so two stores never share it. */
  readonly appendEvents: string;
  /** NOTIFY channel of this schema; several stores may share one database. */
  readonly channel: string;
}

export const tablesFor = (schema: string): Tables => {
  const q = escapeIdentifier(schema);
  return {
    schema,
    quotedSchema: q,
    events: `${q}.events`,
    streams: `${q}.streams`,
    logHead: `${q}.log_head`,
    logLock: createHash('sha256').update(`innoledger:log:${schema}`).digest().readBigInt64BE(0).toString(),
    commands: `${q}.commands`,
    snapshots: `${q}.snapshots`,
    projections: `${q}.projections`,
    schemaVersion: `${q}.schema_version`,
    appendEvents: `${q}.append_events`,
    // Channel names are identifiers of at most 63 bytes: a digest keeps any schema name within that.
    channel: `innoledger_${createHash('sha256').update(schema).digest('hex').slice(0, 24)}`,
  };
};
