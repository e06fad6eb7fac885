import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EventStore, verify } from '@innoledger/kernel';
import { openPostgresStore } from '@innoledger/store-postgres';
import { openSqliteStore } from '@innoledger/store-sqlite';
import { Client, escapeIdentifier } from 'pg';
import { describe, expect, it } from 'vitest';
import { freshSchemaName, startThrowawayPostgres } from '../support/postgres';
import { CAP, type WriterReport } from './counter';
import { planFor, SHARED, STREAMS } from './plan';
import { runPlan } from './runPlan';

const COMMANDS = 500;

/** Every command applied once or refused with a typed reason; streams 1..n; chains verify. */
const checkOutcome = async (store: EventStore, reports: readonly WriterReport[], labels: readonly string[]) => {
  const applied = reports.flatMap((r) => r.applied);
  const sent = labels.length * COMMANDS;
  const rejected = reports.reduce((sum, r) => sum + Object.values(r.rejected).reduce((a, b) => a + b, 0), 0);
  const duplicates = reports.reduce((sum, r) => sum + r.duplicates.length, 0);
  expect(applied.length + duplicates + rejected).toBe(sent);
  // Only the cap refuses a command: no conflict or other failure escapes the handler.
  for (const r of reports) expect(Object.keys(r.rejected).filter((tag) => tag !== 'CapReached')).toEqual([]);
  expect(new Set(applied).size).toBe(applied.length);
  // A shared command lands at most once across all writers; the others see it as a duplicate.
  for (let n = 0; n < SHARED; n++) expect(applied.filter((id) => id === `shared-${n}`).length).toBeLessThanOrEqual(1);

  let events = 0;
  for (const streamId of STREAMS) {
    const read = await store.readStream(streamId);
    if (read._tag === 'Left') throw new Error(read.left._tag);
    const versions = read.right.map((e) => e.streamVersion);
    expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => i + 1));
    expect(versions.length).toBeLessThanOrEqual(CAP);
    events += versions.length;
  }
  expect(events).toBe(applied.length);
  for (const id of applied) expect(await store.findCommand(id)).toBeDefined();
  expect(await verify(store)).toMatchObject({ _tag: 'Right', right: { events } });
  return { applied: applied.length, duplicates, rejected };
};

describe('concurrency', () => {
  it('4 writer processes × 500 commands on the same 20 streams of one SQLite file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'innoledger-concurrency-'));
    const path = join(dir, 'ledger.db');
    try {
      const labels = ['a', 'b', 'c', 'd'];
      const worker = fileURLToPath(new URL('./sqliteWriter.ts', import.meta.url));
      const children = labels.map((label) =>
        fork(worker, [path, label, String(COMMANDS)], {
          execArgv: ['--conditions=@innoledger/source', '--import', 'tsx'],
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        }),
      );
      const outcomes = children.map(
        (child) =>
          new Promise<{ ready: Promise<void>; report: Promise<WriterReport> }>((resolveOuter) => {
            let ready: () => void = () => undefined;
            const readyP = new Promise<void>((r) => {
              ready = r;
            });
            const report = new Promise<WriterReport>((resolve, reject) => {
              child.on('message', (m: { ready?: boolean; report?: WriterReport }) =>
                m.ready ? ready() : m.report && resolve(m.report),
              );
              child.on('exit', (code) => code !== 0 && reject(new Error(`writer exited with ${code}`)));
            });
            resolveOuter({ ready: readyP, report });
          }),
      );
      const handles = await Promise.all(outcomes);
      await Promise.all(handles.map((h) => h.ready));
      for (const child of children) child.send('go');
      const reports = await Promise.all(handles.map((h) => h.report));
      const opened = await openSqliteStore({ path });
      if (opened._tag === 'Left') throw new Error(opened.left.message);
      const outcome = await checkOutcome(opened.right, reports, labels);
      await opened.right.close();
      expect(outcome.rejected).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('8 PostgreSQL connections × 500 commands on the same 20 streams', async () => {
    const server = await startThrowawayPostgres();
    const schema = freshSchemaName();
    const labels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const stores: EventStore[] = [];
    try {
      for (const _ of labels) {
        const opened = await openPostgresStore({ connectionString: server.url, schema, poolSize: 1 });
        if (opened._tag === 'Left') throw new Error(opened.left.message);
        stores.push(opened.right);
      }
      const reports = await Promise.all(labels.map((label, i) => runPlan(stores[i] as EventStore, label, COMMANDS)));
      const outcome = await checkOutcome(stores[0] as EventStore, reports, labels);
      expect(outcome.rejected).toBeGreaterThan(0);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      const admin = new Client({ connectionString: server.url });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`);
      await admin.end();
      await server.stop();
    }
  }, 300_000);

  it('the plan sends shared commands from every writer (guards against a vacuous test)', () => {
    expect(planFor('a', COMMANDS).filter((c) => c.by === 'shared')).toHaveLength(SHARED);
  });
});
