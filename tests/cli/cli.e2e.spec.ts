import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IndicatorResult } from '@innoledger/indicators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertSeedTable, type SeedTableKey, type SeedTableResults, seedTableQueries } from '../acceptance/seedTable';
import { freshSchemaName, startThrowawayPostgres, type ThrowawayPostgres } from '../support/postgres';
import { runCli } from './runCli';

/** Every seed-table question asked through `innoledger indicators --json`; stdout must be pure JSON. */
const seedTableFromCli = async (store: string): Promise<SeedTableResults> => {
  const entries: [SeedTableKey, readonly IndicatorResult[]][] = [];
  for (const [key, q] of Object.entries(seedTableQueries) as [
    SeedTableKey,
    { region: string; period: string; knownAt?: string },
  ][]) {
    const args = ['indicators', '--store', store, '--region', q.region, '--period', q.period, '--json'];
    if (q.knownAt) args.push('--known-at', q.knownAt);
    const run = await runCli(args);
    expect(run.code, run.stderr).toBe(0);
    entries.push([key, JSON.parse(run.stdout) as IndicatorResult[]]);
  }
  return Object.fromEntries(entries) as SeedTableResults;
};

describe('innoledger on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'innoledger-cli-'));
  const store = `sqlite:${join(dir, 'ledger.db')}`;
  let demo: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    demo = await runCli(['demo', '--store', store]);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('demo builds the history, verifies it and prints the 2020-H1 dashboard', () => {
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout).toContain('every hash chain and seal intact');
    expect(demo.stdout).toMatch(/技术合同成交额\s+30\.13亿元\s+50\.00亿元\s+60\.26% ▲\s+49\.73%/);
    expect(demo.stdout).toContain('培训与讲座场次: lecture 3 · training 7');
    // Progress goes to stderr, so the dashboard on stdout stays clean.
    expect(demo.stderr).toContain('indicators [');
    expect(demo.stdout).not.toContain('[####');
  });

  it('indicators --json answers the whole seed table', async () => {
    assertSeedTable(await seedTableFromCli(store));
  }, 120_000);

  it('demo refuses a store that already holds events', async () => {
    const again = await runCli(['demo', '--store', store]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already holds events');
  });

  it('rebuild replays the history into a fresh ledger', async () => {
    const run = await runCli(['rebuild', '--store', store]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/rebuilt the indicator ledger from 8557 events up to position 8558/);
  });

  it('names what was wrong: region, period, indicator, known-at, store URL, usage', async () => {
    const cases: [string[], number, string][] = [
      [['indicators', '--store', store, '--region', 'wuhan', '--period', '2020'], 1, 'unknown region "wuhan"'],
      [['indicators', '--store', store, '--region', 'xianning', '--period', '2020-H3'], 1, 'invalid period "2020-H3"'],
      [
        ['indicators', '--store', store, '--region', 'xianning', '--period', '2020', '--ids', 'gdp.growth'],
        1,
        'unknown indicator "gdp.growth"',
      ],
      [
        ['indicators', '--store', store, '--region', 'xianning', '--period', '2020', '--known-at', '2020-02-30'],
        1,
        'invalid --known-at "2020-02-30"',
      ],
      [['indicators', '--store', 'mysql://db/x', '--region', 'xianning', '--period', '2020'], 1, 'mysql://db/x'],
      [['indicators', '--store', store, '--period', '2020'], 2, '--region is required'],
      [['audit'], 2, 'unknown command audit'],
    ];
    for (const [args, code, message] of cases) {
      const run = await runCli(args);
      expect({ code: run.code, stdout: run.stdout }).toEqual({ code, stdout: '' });
      expect(run.stderr).toContain(message);
    }
  }, 120_000);
});

describe('innoledger on PostgreSQL', () => {
  let server: ThrowawayPostgres;
  let store: string;
  beforeAll(async () => {
    server = await startThrowawayPostgres();
    const url = new URL(server.url);
    url.searchParams.set('schema', freshSchemaName('innoledger_cli'));
    store = url.toString();
  });
  afterAll(async () => server.stop());

  it('demo builds into PostgreSQL and indicators --json answers the whole seed table', async () => {
    const demo = await runCli(['demo', '--store', store]);
    expect(demo.code, demo.stderr).toBe(0);
    assertSeedTable(await seedTableFromCli(store));
  }, 240_000);
});
