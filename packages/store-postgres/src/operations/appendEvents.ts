import {
  type CommandRecord,
  type CommandToRecord,
  EMPTY_HEAD,
  type ExpectedVersion,
  type PreparedAppend,
  type StreamHead,
} from '@innoledger/kernel';
import type { RunPrepared, TextRow } from '../runPrepared';
import type { Tables } from '../tables';
import { columnsOf, EVENT_FIELDS } from './insertEvents';

// The function sets positions itself, and the stream and recordedAt are one value per append.
const FUNCTION_FIELDS = EVENT_FIELDS.filter((f) => f !== 'globalPosition' && f !== 'streamId' && f !== 'recordedAt');

/** One append as `append_events` takes it: events prepared against the head the caller assumed. */
export interface AppendCall {
  readonly streamId: string;
  readonly expected: ExpectedVersion;
  readonly assumed: StreamHead;
  readonly batch: PreparedAppend;
  readonly command: CommandToRecord | undefined;
}

/** What the store held when the function ran, after the log lock: reported with every outcome. */
export interface AppendFacts {
  /** The stream's head before this append. */
  readonly head: StreamHead;
  /** The log's last position before this append. */
  readonly logPosition: number;
  readonly logRecordedAt: string | undefined;
}

/**
 * 'Appended': written, the first event at `logPosition + 1`. 'Stale': the assumed head or the
 * recordedAt was out of date, nothing written. 'Conflict' and 'Duplicate' are the transactional
 * path's refusals, nothing written either.
 */
export type AppendEventsOutcome =
  | ({ readonly _tag: 'Appended' } & AppendFacts)
  | ({ readonly _tag: 'Conflict' } & AppendFacts)
  | ({ readonly _tag: 'Duplicate'; readonly existing: CommandRecord } & AppendFacts)
  | ({ readonly _tag: 'Stale' } & AppendFacts);

/** The function's OUT columns as the statement selects them, in this order. */
const OUTCOME_COLUMNS = `outcome, log_position, log_recorded_at, head_version, head_hash, command_fingerprint,
  command_stream_id, command_version_before, command_version_after`;

interface OutcomeRow {
  readonly outcome: string | null;
  readonly logPosition: string | null;
  readonly logRecordedAt: string | null;
  readonly headVersion: string | null;
  readonly headHash: string | null;
  readonly commandFingerprint: string | null;
  readonly commandStreamId: string | null;
  readonly commandVersionBefore: string | null;
  readonly commandVersionAfter: string | null;
}

const outcomeRowOf = ([
  outcome = null,
  logPosition = null,
  logRecordedAt = null,
  headVersion = null,
  headHash = null,
  commandFingerprint = null,
  commandStreamId = null,
  commandVersionBefore = null,
  commandVersionAfter = null,
]: TextRow): OutcomeRow => ({
  outcome,
  logPosition,
  logRecordedAt,
  headVersion,
  headHash,
  commandFingerprint,
  commandStreamId,
  commandVersionBefore,
  commandVersionAfter,
});

/** The function's encoding of an expected version: NULL any, -1 stream_exists, n exactly n. */
const encodeExpected = (expected: ExpectedVersion): number | null =>
  expected === 'any' ? null : expected === 'stream_exists' ? -1 : expected === 'no_stream' ? 0 : expected;

const factsOf = (row: OutcomeRow): AppendFacts => {
  const version = Number(row.headVersion);
  return {
    head: version === 0 || row.headHash === null ? EMPTY_HEAD : { version, hash: row.headHash },
    logPosition: Number(row.logPosition),
    logRecordedAt: row.logRecordedAt ?? undefined,
  };
};

const recordOf = (row: OutcomeRow, call: AppendCall): CommandRecord => {
  if (call.command === undefined || row.commandFingerprint === null || row.commandStreamId === null)
    throw new Error(`${call.streamId}: append_events reported a duplicate without its command record`);
  return {
    commandId: call.command.commandId,
    fingerprint: row.commandFingerprint,
    streamId: row.commandStreamId,
    versionBefore: Number(row.commandVersionBefore),
    versionAfter: Number(row.commandVersionAfter),
  };
};

const outcomeOf = (row: OutcomeRow, call: AppendCall): AppendEventsOutcome => {
  const facts = factsOf(row);
  switch (row.outcome) {
    case 'ok':
      return { _tag: 'Appended', ...facts };
    case 'conflict':
      return { _tag: 'Conflict', ...facts };
    case 'stale':
      return { _tag: 'Stale', ...facts };
    case 'duplicate':
      return { _tag: 'Duplicate', ...facts, existing: recordOf(row, call) };
    default:
      throw new Error(`${call.streamId}: append_events answered ${JSON.stringify(row.outcome)}`);
  }
};

/**
 * Runs the whole append as one statement (its own transaction): one round trip. The statement is
 * prepared once per connection under a name of this schema's, so the server parses it once.
 */
export const appendEvents = async (run: RunPrepared, t: Tables, call: AppendCall): Promise<AppendEventsOutcome> => {
  const { batch } = call;
  const first = batch.events[0];
  const rows = await run(
    {
      name: `${t.channel}_append`,
      text: `SELECT ${OUTCOME_COLUMNS} FROM ${t.appendEvents}($1::text, $2::bigint, $3::bigint, $4::text, $5::text,
        $6::text, $7::text, $8::text, $9::bigint[], $10::text[], $11::text[], $12::integer[], $13::text[],
        $14::text[], $15::text[], $16::text[], $17::text[])`,
    },
    [
      call.streamId,
      encodeExpected(call.expected),
      call.assumed.version,
      call.assumed.hash,
      first?.recordedAt ?? null,
      call.command?.commandId ?? null,
      call.command?.fingerprint ?? null,
      t.channel,
      ...columnsOf(batch, FUNCTION_FIELDS),
    ],
  );
  const row = rows[0];
  if (row === undefined) throw new Error(`${call.streamId}: append_events returned no row`);
  return outcomeOf(outcomeRowOf(row), call);
};
