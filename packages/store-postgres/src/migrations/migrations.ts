import type { Tables } from '../tables';
import { appendFunctionStatements, headsFromEventsStatements } from './appendFunction';

/** One schema change; `version` only ever grows, and an applied migration is never edited. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly statements: (t: Tables) => readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'events, stream heads, log head, commands, snapshots, projections',
    statements: (t) => [
      // data and metadata are text, not jsonb: readers get back the exact bytes that were hashed,
      // and a damaged row stays readable as a CorruptEvent instead of being unstorable.
      `CREATE TABLE ${t.events} (
        global_position bigint PRIMARY KEY,
        stream_id text NOT NULL,
        stream_version bigint NOT NULL,
        event_id text NOT NULL,
        type text NOT NULL,
        schema_version integer NOT NULL,
        data text NOT NULL,
        metadata text NOT NULL,
        occurred_at text NOT NULL,
        recorded_at text NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version)
      )`,
      `CREATE TABLE ${t.streams} (
        stream_id text PRIMARY KEY,
        version bigint NOT NULL,
        hash text NOT NULL
      )`,
      // The single row every append locks: it serialises writers and holds the last position and
      // recordedAt, so positions are handed out in commit order.
      `CREATE TABLE ${t.logHead} (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        position bigint NOT NULL,
        recorded_at text
      )`,
      `INSERT INTO ${t.logHead} (position, recorded_at) VALUES (0, NULL)`,
      `CREATE TABLE ${t.commands} (
        command_id text PRIMARY KEY,
        fingerprint text NOT NULL,
        stream_id text NOT NULL,
        version_before bigint NOT NULL,
        version_after bigint NOT NULL
      )`,
      `CREATE TABLE ${t.snapshots} (
        name text NOT NULL,
        stream_id text NOT NULL,
        stream_version bigint NOT NULL,
        schema_version integer NOT NULL,
        state text NOT NULL,
        PRIMARY KEY (name, stream_id)
      )`,
      `CREATE TABLE ${t.projections} (
        name text NOT NULL,
        version integer NOT NULL,
        view text,
        position bigint NOT NULL,
        PRIMARY KEY (name, version)
      )`,
    ],
  },
  {
    version: 2,
    description: 'append_events: the whole append in one statement, one round trip',
    statements: appendFunctionStatements,
  },
  {
    version: 3,
    description:
      'the log and stream heads read from the events, the log lock an advisory lock; the streams and log_head tables are dropped',
    statements: headsFromEventsStatements,
  },
];

/** The newest schema this code knows. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 0);
