import type { Tables } from '../tables';

/** A dollar-quote tag the body does not contain: a schema name is free to hold `$body$`. */
const dollarTag = (body: string): string => {
  for (let i = 0; ; i++) {
    const tag = i === 0 ? '$body$' : `$body${i}$`;
    if (!body.includes(tag)) return tag;
  }
};

/**
 * Where the function finds the log head and the stream's head, and how its write moves them (CTEs,
 * or nothing when the events are the heads).
 */
interface HeadStatements {
  readonly lockAndReadLog: string;
  readonly readStream: string;
  readonly moved: string;
}

/** Schema 2 kept the heads in rows of their own: a log head row every writer locked, a streams table. */
const headsInTables = (t: Tables): HeadStatements => ({
  lockAndReadLog: `SELECT l.position, l.recorded_at INTO log_position, log_recorded_at FROM ${t.logHead} AS l FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'innoledger: the log head has no row, the schema is damaged' USING ERRCODE = 'data_corrupted';
  END IF;`,
  readStream: `SELECT s.version, s.hash INTO head_version, head_hash FROM ${t.streams} AS s WHERE s.stream_id = p_stream_id;`,
  moved: `), head_moved AS (
      INSERT INTO ${t.streams} (stream_id, version, hash) VALUES (p_stream_id, head_version + n, p_hashes[n])
        ON CONFLICT (stream_id) DO UPDATE SET version = EXCLUDED.version, hash = EXCLUDED.hash
    ), log_moved AS (
      UPDATE ${t.logHead} SET position = log_position + n, recorded_at = p_recorded_at
    `,
});

/**
 * Schema 3: the events are the heads. The log lock is an advisory lock (nothing written), the log
 * head is the last event by position and a stream's head its last event by version, both read
 * from their indexes. An append writes two rows and an index entry fewer; the function measured
 * 57-66 against 80-86 us per call in pg_stat_statements on the bench workload.
 */
const headsFromEvents = (t: Tables): HeadStatements => ({
  lockAndReadLog: `PERFORM pg_advisory_xact_lock(${t.logLock});
  SELECT e.global_position, e.recorded_at INTO log_position, log_recorded_at FROM ${t.events} AS e
    ORDER BY e.global_position DESC LIMIT 1;
  IF NOT FOUND THEN
    log_position := 0;
  END IF;`,
  readStream: `SELECT e.stream_version, e.hash INTO head_version, head_hash FROM ${t.events} AS e
    WHERE e.stream_id = p_stream_id ORDER BY e.stream_version DESC LIMIT 1;`,
  moved: '',
});

/**
 * The body of `append_events`: the whole append as one statement, so the client needs one round
 * trip and no BEGIN/COMMIT. Hashing stays in TypeScript; the caller prepares the events against
 * the head it assumed, and the function writes them only if that assumption still holds.
 *
 * Order of the checks is the transactional path's: expected version, then command id, then the
 * assumption ('stale': nothing written, the caller falls back to the transactional path). Every
 * outcome other than 'ok' writes nothing and says why; inconsistent input is raised, never ignored.
 *
 * VOLATILE matters: in READ COMMITTED each statement of a volatile function takes a fresh
 * snapshot, so the reads after the log lock see everything the previous writer committed.
 */
const body = (t: Tables, heads: HeadStatements): string => `
DECLARE
  n integer := coalesce(cardinality(p_event_ids), 0);
BEGIN
  -- The log lock first, always: it serialises writers, so positions commit in order.
  ${heads.lockAndReadLog}
  ${heads.readStream}
  IF NOT FOUND THEN
    head_version := 0;
  END IF;
  -- p_expected: NULL = any, -1 = stream_exists, n >= 0 = exactly n (0 is no_stream).
  -- Parenthesised: PL/pgSQL would end the IF condition at the CASE's THEN.
  IF p_expected IS NOT NULL AND (CASE WHEN p_expected < 0 THEN head_version = 0 ELSE head_version <> p_expected END) THEN
    outcome := 'conflict';
    RETURN;
  END IF;
  IF p_command_id IS NOT NULL THEN
    SELECT c.fingerprint, c.stream_id, c.version_before, c.version_after
      INTO command_fingerprint, command_stream_id, command_version_before, command_version_after
      FROM ${t.commands} AS c WHERE c.command_id = p_command_id;
    IF FOUND THEN
      outcome := 'duplicate';
      RETURN;
    END IF;
  END IF;
  -- The hashes chain from the assumed head and recordedAt must not go backwards: if either
  -- assumption is out of date, the caller prepares again (on its transactional path).
  IF n > 0 AND (
    head_version <> p_assumed_version
    OR (head_version > 0 AND head_hash IS DISTINCT FROM p_assumed_hash)
    OR log_recorded_at COLLATE "C" > p_recorded_at COLLATE "C"
  ) THEN
    outcome := 'stale';
    RETURN;
  END IF;
  -- Input no correct caller sends: raised, never written. prepareAppend chains the events one to
  -- the next, so the ends of the chain and the array lengths are what a wrong call would break.
  IF n > 0 AND (
    p_recorded_at IS NULL
    OR cardinality(p_stream_versions) IS DISTINCT FROM n OR cardinality(p_types) IS DISTINCT FROM n
    OR cardinality(p_schema_versions) IS DISTINCT FROM n OR cardinality(p_data) IS DISTINCT FROM n
    OR cardinality(p_metadata) IS DISTINCT FROM n OR cardinality(p_occurred_at) IS DISTINCT FROM n
    OR cardinality(p_prev_hashes) IS DISTINCT FROM n OR cardinality(p_hashes) IS DISTINCT FROM n
    OR p_stream_versions[1] IS DISTINCT FROM head_version + 1
    OR p_stream_versions[n] IS DISTINCT FROM head_version + n
    OR p_prev_hashes[1] IS DISTINCT FROM p_assumed_hash
  ) THEN
    RAISE EXCEPTION 'innoledger: the prepared events for stream % do not continue it from version %', p_stream_id, head_version
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF n > 0 THEN
    -- One statement for every write: data-modifying CTEs always run, selected or not.
    WITH events_written AS (
      INSERT INTO ${t.events} (global_position, stream_id, stream_version, event_id, type, schema_version,
          data, metadata, occurred_at, recorded_at, prev_hash, hash)
        SELECT log_position + e.i, p_stream_id, e.v, e.id, e.ty, e.sv, e.d, e.m, e.o, p_recorded_at, e.prev, e.h
        FROM unnest(p_stream_versions, p_event_ids, p_types, p_schema_versions, p_data, p_metadata, p_occurred_at,
          p_prev_hashes, p_hashes) WITH ORDINALITY AS e(v, id, ty, sv, d, m, o, prev, h, i)
    ${heads.moved}), command_recorded AS (
      INSERT INTO ${t.commands} (command_id, fingerprint, stream_id, version_before, version_after)
        SELECT p_command_id, p_fingerprint, p_stream_id, head_version, head_version + n WHERE p_command_id IS NOT NULL
    )
    -- Delivered on commit, that is when this statement ends.
    SELECT 'ok' FROM pg_notify(p_channel, (log_position + n)::text) INTO outcome;
  ELSIF p_command_id IS NOT NULL THEN
    -- An empty append writes no events but still records its command, as the transactional path does.
    INSERT INTO ${t.commands} (command_id, fingerprint, stream_id, version_before, version_after)
      VALUES (p_command_id, p_fingerprint, p_stream_id, head_version, head_version);
  END IF;
  outcome := 'ok';
END;
`;

const functionStatement = (t: Tables, verb: string, heads: HeadStatements): string => {
  const text = body(t, heads);
  const tag = dollarTag(text);
  return `${verb} ${t.appendEvents}(
      p_stream_id text,
      p_expected bigint,
      p_assumed_version bigint,
      p_assumed_hash text,
      p_recorded_at text,
      p_command_id text,
      p_fingerprint text,
      p_channel text,
      p_stream_versions bigint[],
      p_event_ids text[],
      p_types text[],
      p_schema_versions integer[],
      p_data text[],
      p_metadata text[],
      p_occurred_at text[],
      p_prev_hashes text[],
      p_hashes text[],
      OUT outcome text,
      OUT log_position bigint,
      OUT log_recorded_at text,
      OUT head_version bigint,
      OUT head_hash text,
      OUT command_fingerprint text,
      OUT command_stream_id text,
      OUT command_version_before bigint,
      OUT command_version_after bigint
    ) LANGUAGE plpgsql VOLATILE AS ${tag}${text}${tag}`;
};

/**
 * Migration 2: `<schema>.append_events(...)`, the one-round-trip append. Applied migrations are
 * never edited: a change to this function is a new migration with CREATE OR REPLACE.
 */
export const appendFunctionStatements = (t: Tables): readonly string[] => [
  functionStatement(t, 'CREATE FUNCTION', headsInTables(t)),
];

/** Migration 3: the function finds the heads in the events, and the head tables go. */
export const headsFromEventsStatements = (t: Tables): readonly string[] => [
  functionStatement(t, 'CREATE OR REPLACE FUNCTION', headsFromEvents(t)),
  `DROP TABLE ${t.streams}`,
  `DROP TABLE ${t.logHead}`,
];
