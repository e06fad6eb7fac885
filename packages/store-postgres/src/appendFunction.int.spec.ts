// append_events called directly: every outcome but 'ok' writes nothing and says why, input no
// correct caller sends is raised rather than stored, each schema has its own function, and a
// schema made by an older version of this library is brought up to date when a store opens it.
import {
  EMPTY_HEAD,
  type EventToAppend,
  type PreparedAppend,
  prepareAppend,
  type RecordedEvent,
  SimulatedClock,
  type StreamHead,
  seededUuidV7,
  verify,
} from '@innoledger/kernel';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { Client } from 'pg';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations/migrations';
import { type AppendCall, appendEvents } from './operations/appendEvents';
import { insertEvents } from './operations/insertEvents';
import { runPreparedOn } from './runPrepared';
import { event, simulated, useTestServer } from './support/testServer';
import { type Tables, tablesFor } from './tables';

const server = useTestServer();

const clock = new SimulatedClock('2020-03-01T01:00:00.000Z');
const newEventId = seededUuidV7(5, clock);

const prepared = (streamId: string, head: StreamHead, events: readonly EventToAppend[], lastRecordedAt?: string) => {
  const out = prepareAppend(streamId, events, { head, nextGlobalPosition: 1, lastRecordedAt, clock, newEventId });
  if (isLeft(out)) throw new Error(JSON.stringify(out.left));
  return out.right;
};

const call = (streamId: string, assumed: StreamHead, batch: PreparedAppend, more: Partial<AppendCall> = {}) =>
  ({ streamId, expected: 'any', assumed, batch, command: undefined, ...more }) as const;

/** The batch with other events and the same texts: input no correct caller sends. */
const withEvents = (batch: PreparedAppend, events: readonly RecordedEvent[]): PreparedAppend => ({ ...batch, events });

/** Everything append_events may write, to compare before and after a refusal. */
const snapshotOf = async (client: Client, t: Tables) => {
  const rows = async (sql: string) => (await client.query(sql)).rows;
  return {
    events: await rows(
      `SELECT global_position, stream_id, stream_version, recorded_at, hash FROM ${t.events} ORDER BY 1`,
    ),
    commands: await rows(`SELECT * FROM ${t.commands} ORDER BY 1`),
  };
};

describe('append_events', () => {
  it("answers conflict, duplicate and stale with the facts and writes nothing; 'ok' writes it all", async () => {
    const store = await server.open(simulated());
    const t = tablesFor(store.schema);
    const client = await server.client();
    const run = runPreparedOn(client);
    const v1 = prepared('s', EMPTY_HEAD, [event(1)]);
    const ok = await appendEvents(run, t, call('s', EMPTY_HEAD, v1, { command: { commandId: 'c', fingerprint: 'f' } }));
    expect(ok).toEqual({ _tag: 'Appended', head: EMPTY_HEAD, logPosition: 0, logRecordedAt: undefined });
    const head = { version: 1, hash: v1.events[0]?.hash ?? '' };
    const before = await snapshotOf(client, t);
    expect(before.events).toEqual([
      {
        global_position: '1',
        stream_id: 's',
        stream_version: '1',
        recorded_at: v1.events[0]?.recordedAt,
        hash: head.hash,
      },
    ]);
    const facts = { head, logPosition: 1, logRecordedAt: v1.events[0]?.recordedAt };

    const v2 = prepared('s', head, [event(2)]);
    expect(await appendEvents(run, t, call('s', head, v2, { expected: 'no_stream' }))).toEqual({
      _tag: 'Conflict',
      ...facts,
    });
    expect(await appendEvents(run, t, call('s', head, v2, { command: { commandId: 'c', fingerprint: 'g' } }))).toEqual({
      _tag: 'Duplicate',
      ...facts,
      existing: { commandId: 'c', fingerprint: 'f', streamId: 's', versionBefore: 0, versionAfter: 1 },
    });
    // Assumed a new stream: the chain would start from the genesis hash again.
    const fromGenesis = prepared('s', EMPTY_HEAD, [event(2)]);
    expect(await appendEvents(run, t, call('s', EMPTY_HEAD, fromGenesis))).toEqual({
      _tag: 'Stale',
      ...facts,
    });
    // Assumed the right version with another hash.
    const forged = { version: 1, hash: 'f'.repeat(64) };
    expect(await appendEvents(run, t, call('s', forged, prepared('s', forged, [event(2)])))).toEqual({
      _tag: 'Stale',
      ...facts,
    });
    // Prepared with a clock behind the log's recordedAt.
    clock.set('2020-02-01T00:00:00.000Z');
    expect(await appendEvents(run, t, call('s', head, prepared('s', head, [event(2)])))).toEqual({
      _tag: 'Stale',
      ...facts,
    });
    expect(await snapshotOf(client, t)).toEqual(before);
    clock.set('2020-03-01T01:00:00.000Z');
  });

  it('raises input that does not continue the stream, and writes nothing', async () => {
    const store = await server.open(simulated());
    const t = tablesFor(store.schema);
    const client = await server.client();
    await store.appendToStream('s', 'no_stream', [event(1)]);
    const read = await store.readStream('s');
    if (isLeft(read)) throw new Error('read failed');
    const head = { version: 1, hash: read.right[0]?.hash ?? '' };
    const good = prepared('s', head, [event(2), event(3)]);
    const before = await snapshotOf(client, t);
    const [first, second] = good.events as [RecordedEvent, RecordedEvent];
    const broken: readonly PreparedAppend[] = [
      withEvents(
        good,
        good.events.map((e) => ({ ...e, streamVersion: e.streamVersion + 1 })),
      ),
      withEvents(good, [{ ...first, prevHash: 'a'.repeat(64) }, second]),
      withEvents(good, [first, { ...second, streamVersion: 7 }]),
    ];
    for (const batch of broken)
      await expect(appendEvents(runPreparedOn(client), t, call('s', head, batch))).rejects.toMatchObject({
        code: '22023',
        message: 'innoledger: the prepared events for stream s do not continue it from version 1',
      });
    // Arrays of different lengths, sent by hand.
    await expect(
      client.query(
        `SELECT * FROM ${t.appendEvents}('s', NULL, 1, $1, '2020-03-01T01:00:00.000Z', NULL, NULL, 'x',
          '{2,3}', '{a,b}', '{T}', '{1,1}', '{"{}","{}"}', '{"{}","{}"}', '{2020-03-01,2020-03-01}', $2, '{h,i}')`,
        [head.hash, [head.hash, 'h']],
      ),
    ).rejects.toMatchObject({ code: '22023' });
    expect(await snapshotOf(client, t)).toEqual(before);
  });

  it('lives in its store schema: two schemas in one database each have their own', async () => {
    const a = await server.open(simulated());
    // A schema name that holds the function body's usual dollar-quote tag.
    const b = await server.open({ ...simulated(), schema: `${a.schema}_$body$"x` });
    const client = await server.client();
    const functions = await client.query<{ schema: string }>(
      `SELECT n.nspname AS schema FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE p.proname = 'append_events' AND n.nspname = ANY($1) ORDER BY 1`,
      [[a.schema, b.schema]],
    );
    expect(functions.rows.map((r) => r.schema)).toEqual([a.schema, b.schema].sort());
    await a.appendToStream('s', 'no_stream', [event(1), event(2)]);
    await b.appendToStream('s', 'no_stream', [event(3)]);
    await a.appendToStream('s', 2, [event(4)]);
    expect([await a.headPosition(), await b.headPosition()]).toEqual([3, 1]);
    expect(await verify(b)).toMatchObject({ _tag: 'Right', right: { events: 1 } });
  });

  it('a schema made by version 1 gains the function when a store opens it, and its streams continue', async () => {
    const admin = await server.client();
    const schema = `${(await server.open()).schema}_v1`;
    const t = await schemaAt(admin, schema, 1);
    // Written as version 1 of the library wrote: the events, their stream's head row and the log head.
    const v1 = prepared('s', EMPTY_HEAD, [event(1)]);
    await insertEvents(
      admin,
      t,
      withEvents(
        v1,
        v1.events.map((e) => ({ ...e, globalPosition: 1 })),
      ),
    );
    await admin.query(`INSERT INTO ${t.streams} VALUES ('s', 1, $1)`, [v1.events[0]?.hash]);
    await admin.query(`UPDATE ${t.logHead} SET position = 1, recorded_at = $1`, [v1.events[0]?.recordedAt]);
    await expectUpgraded(admin, schema, t);
  });

  it('a schema made by version 2 reads its heads from the events once a store opens it', async () => {
    const admin = await server.client();
    const schema = `${(await server.open()).schema}_v2`;
    const t = await schemaAt(admin, schema, 2);
    // Written by version 2's function, which kept the head in the streams table.
    const v1 = prepared('s', EMPTY_HEAD, [event(1)]);
    expect(await appendEvents(runPreparedOn(admin), t, call('s', EMPTY_HEAD, v1))).toMatchObject({ _tag: 'Appended' });
    expect((await admin.query(`SELECT version FROM ${t.streams}`)).rows).toEqual([{ version: '1' }]);
    await expectUpgraded(admin, schema, t);
  });
});

/** A schema as the library's migrations up to `version` left it, before this version's. */
const schemaAt = async (admin: Client, schema: string, version: number): Promise<Tables> => {
  const t = tablesFor(schema);
  await admin.query(`CREATE SCHEMA ${t.quotedSchema}`);
  await admin.query(
    `CREATE TABLE ${t.schemaVersion} (version integer PRIMARY KEY, description text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  for (const migration of MIGRATIONS.filter((m) => m.version <= version)) {
    for (const statement of migration.statements(t)) await admin.query(statement);
    await admin.query(`INSERT INTO ${t.schemaVersion} (version, description) VALUES ($1, 'old')`, [migration.version]);
  }
  return t;
};

/** Opened by this version: migrated to the latest schema, and stream `s` (one event) continues. */
const expectUpgraded = async (admin: Client, schema: string, t: Tables) => {
  const { store, counted } = await server.openCounting({ schema, ...simulated() });
  const versions = await admin.query(`SELECT version FROM ${t.schemaVersion} ORDER BY 1`);
  expect(versions.rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
  const tables = await admin.query('SELECT to_regclass($1) AS streams, to_regclass($2) AS log', [t.streams, t.logHead]);
  expect(tables.rows).toEqual([{ streams: null, log: null }]);
  await store.readStream('s');
  const next = await counted((st) => st.appendToStream('s', 1, [event(2)]));
  expect(next).toMatchObject({ value: { _tag: 'Right', right: { nextExpectedVersion: 2 } }, statements: 1 });
  // A writer that has not seen the stream goes the transactional way, which reads the head too.
  const other = await server.open({ schema, ...simulated() });
  expect(await other.appendToStream('s', 2, [event(3)])).toMatchObject({
    _tag: 'Right',
    right: { nextExpectedVersion: 3 },
  });
  expect(await other.appendToStream('s', 2, [event(4)])).toMatchObject({ _tag: 'Left', left: { actual: 3 } });
  expect(await verify(store)).toMatchObject({ _tag: 'Right', right: { events: 3, lastPosition: 3 } });
};
