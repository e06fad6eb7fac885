// The orchestrator: prepares the histories and the PostgreSQL server, runs every scenario several
// times, each run in a fresh child process, and writes results/<name>.json and .md.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLeft } from 'fp-ts/lib/Either.js';
import { bundleChild } from './bundle';
import { historyStamp, xianningScaled } from './history';
import type { HistoryLocation, Job } from './jobs';
import type { RunResult } from './measure';
import { COMPARISONS, SCENARIOS } from './plan';
import { createDatabase, settleDatabase, startPostgres } from './postgres';
import { compare, markdown, statsOf, type TargetCheck } from './report';
import { openInnoledger } from './stores';
import { FULL_WORKLOAD, generateWorkload, QUICK_WORKLOAD } from './workload';

const BENCH = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
const runs = Number(option('--runs') ?? 3);
const only = option('--only');
const name = option('--name') ?? (quick ? 'quick' : 'latest');
const size = quick ? QUICK_WORKLOAD : FULL_WORKLOAD;
const historySizes = quick ? { small: 10_000, large: 40_000 } : { small: 250_000, large: 1_000_000 };
const work = join(BENCH, 'work', quick ? 'quick' : 'full');
mkdirSync(work, { recursive: true });

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

const prepareHistory = async (label: string, events: number, postgresUrl: string): Promise<HistoryLocation> => {
  const sqlitePath = join(work, `history-${label}-${events}.db`);
  const marker = `${sqlitePath}.ok`;
  // A changed example history (or generator) makes a new file; an unchanged one is reused.
  const stamp = await historyStamp(events);
  const started = Date.now();
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== stamp) {
    for (const s of ['', '-wal', '-shm']) rmSync(`${sqlitePath}${s}`, { force: true });
    const store = await openInnoledger('sqlite', { path: sqlitePath, synchronous: 'NORMAL' });
    for await (const batch of xianningScaled(events)) {
      const imported = await store.importRecorded(batch);
      if (isLeft(imported)) throw new Error(JSON.stringify(imported.left));
    }
    await store.close();
    writeFileSync(marker, stamp);
    log(`history ${label}: ${events} events written to SQLite in ${Date.now() - started} ms`);
  }
  const db = `history_${label}`;
  const url = await createDatabase(postgresUrl, db);
  const pgStarted = Date.now();
  const source = await openInnoledger('sqlite', { path: sqlitePath, synchronous: 'NORMAL' });
  const target = await openInnoledger('postgres', { url });
  let batch = [];
  for await (const e of source.readAll({ batchSize: 5000 })) {
    batch.push(e);
    if (batch.length === 10_000) {
      const imported = await target.importRecorded(batch);
      if (isLeft(imported)) throw new Error(JSON.stringify(imported.left));
      batch = [];
    }
  }
  if (batch.length > 0) await target.importRecorded(batch);
  await source.close();
  await target.close();
  log(`history ${label}: copied to PostgreSQL in ${Date.now() - pgStarted} ms`);
  const settleStarted = Date.now();
  await settleDatabase(url);
  log(`history ${label}: vacuumed and checkpointed in ${Date.now() - settleStarted} ms`);
  return { label, events, sqlitePath, postgresUrl: url };
};

const runChild = (childJs: string, job: Job): Promise<Record<string, RunResult>> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=4096', childJs, JSON.stringify(job)], {
      cwd: BENCH,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) reject(new Error(`${job.scenario} run ${job.run} exited ${code}: ${out.slice(-2000)}`));
      else resolve(JSON.parse(line.slice('RESULT '.length)) as Record<string, RunResult>);
    });
  });

const sh = (cmd: string, cmdArgs: string[]): string => {
  try {
    return execFileSync(cmd, cmdArgs, { encoding: 'utf8' }).trim();
  } catch {
    return 'n/a';
  }
};

const main = async () => {
  const startedAt = new Date().toISOString();
  // The code measured: the commit, and whether the working tree differed from it (results aside).
  const commit = `${sh('git', ['rev-parse', '--short', 'HEAD'])}${
    sh('git', ['status', '--porcelain', '--untracked-files=no', '--', '..', ':!results']) === ''
      ? ''
      : ' with uncommitted changes'
  }`;
  const loadStart = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  const w = generateWorkload(size);
  log(
    `workload: ${w.streams} streams, ${w.events} events, ${w.commands.length} commands, ${Math.round(w.dataBytes / w.events)} B of data JSON per event on average`,
  );
  const childJs = await bundleChild(BENCH, join(work, 'child.mjs'));
  const pg = await startPostgres();
  log(`PostgreSQL at ${pg.url.replace(/\/\/[^@]*@/, '//')}`);
  try {
    const selected = SCENARIOS.filter((s) => only === undefined || only.split(',').some((p) => s.startsWith(p)));
    const needHistories = selected.some((s) => /history|rebuild|verify/.test(s));
    const histories = needHistories
      ? [
          await prepareHistory('small', historySizes.small, pg.url),
          await prepareHistory('large', historySizes.large, pg.url),
        ]
      : [];
    const perFigure = new Map<string, RunResult[]>();
    const loads: Record<string, string> = {};
    // Round by round, every scenario once per round: a machine that slows down or speeds up during
    // the run then moves a figure and its baseline alike, instead of whichever ran in that stretch.
    for (let run = 1; run <= runs; run++) {
      for (const scenario of selected) {
        const job: Job = { scenario, run, size, work, postgresUrl: pg.url, histories, samples: quick ? 50 : 200 };
        const results = await runChild(childJs, job);
        for (const [key, result] of Object.entries(results)) {
          const figure = key === 'value' ? scenario : `${scenario}#${key}`;
          perFigure.set(figure, [...(perFigure.get(figure) ?? []), result]);
          log(
            `${figure} run ${run}: ${result.value} ${result.unit}${result.extra ? ` ${JSON.stringify(result.extra)}` : ''}`,
          );
        }
        // The load after the scenario's last run.
        loads[scenario] = loadavg()[0]?.toFixed(2) ?? '';
      }
    }
    const stats = [...perFigure].map(([figure, results]) => statsOf(figure, results));
    const byName = new Map(stats.map((s) => [s.figure, s]));
    const comparisons = COMPARISONS.map((c) => compare(byName, c)).filter((c) => c.ratio !== undefined);
    const checks: TargetCheck[] = [];
    const verifyCheck = (store: string, figure: string) => {
      const stats = byName.get(figure);
      if (stats)
        checks.push({
          name: `verify ${historySizes.large} events (${store})`,
          value: `${stats.median} ev/s`,
          target: '≥ 250,000 ev/s',
          met: stats.median >= 250_000,
        });
    };
    const rebuildRssCheck = (store: string, figure: string) => {
      const stats = byName.get(figure);
      if (stats)
        checks.push({
          name: `rebuild peak RSS at ${historySizes.large} events (${store})`,
          value: `${stats.peakRssMb} MB`,
          target: '≤ 300 MB',
          met: stats.peakRssMb <= 300,
        });
    };
    verifyCheck('SQLite', 'verify:innoledger:sqlite-large');
    verifyCheck('PostgreSQL', 'verify:innoledger:postgres-large');
    rebuildRssCheck('SQLite', 'rebuild:innoledger:sqlite-large');
    rebuildRssCheck('PostgreSQL', 'rebuild:innoledger:postgres-large');
    const machine = {
      cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
      memory: `${Math.round(totalmem() / 2 ** 30)} GiB total, ${Math.round(freemem() / 2 ** 30)} GiB free at start`,
      node: process.version,
      postgres: sh('psql', ['--version']),
      'postgres settings': pg.settings,
      'load average (1/5/15 min) at start': loadStart,
      'load average at end': loadavg()
        .map((x) => x.toFixed(2))
        .join(' '),
      started: startedAt,
      finished: new Date().toISOString(),
      mode: quick ? 'quick' : 'full',
      workload: `${w.streams} streams, ${w.events} events, ${w.commands.length} commands of 1–5 events, ${Math.round(w.dataBytes / w.events)} B data JSON per event`,
      histories: `${historySizes.small} and ${historySizes.large} events shaped like the Xianning example`,
      runs: String(runs),
      commit,
    };
    const result = { machine, loadAfterScenario: loads, stats, comparisons, checks };
    const out = join(BENCH, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
    const md = markdown(`innoledger benchmark (${quick ? 'quick' : 'full'})`, machine, stats, comparisons, checks);
    writeFileSync(join(out, `${name}.md`), md);
    process.stdout.write(md);
  } finally {
    await pg.stop();
  }
};

await main();
