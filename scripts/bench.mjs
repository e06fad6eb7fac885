#!/usr/bin/env node
// `pnpm bench [--quick] [--runs N] [--only prefix,…]`: runs the benchmark harness in bench/, which
// sits outside the pnpm workspace with its own package.json and lock so that Emmett, sqlite3 and
// the raw baselines never enter the project's install. Installs bench/'s packages on first use.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const bench = join(import.meta.dirname, '..', 'bench');
const installed = ['tsx', 'better-sqlite3', '@event-driven-io/emmett-sqlite'].every((p) =>
  existsSync(join(bench, 'node_modules', p, 'package.json')),
);
if (!installed) {
  console.error('[bench] installing bench/ packages (npm ci; sqlite3 and better-sqlite3 compile, 2–4 min)…');
  // better-sqlite3 and sqlite3 build against the system's Node headers; no prebuilt download here.
  const env = { ...process.env, npm_config_nodedir: '/usr', npm_config_build_from_source: 'true' };
  const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: bench, stdio: 'inherit', env });
  if (ci.status !== 0) process.exit(ci.status ?? 1);
}
const args = process.argv.slice(2).filter((a) => a !== '--');
const run = spawnSync(
  process.execPath,
  ['--conditions=@innoledger/source', '--import', 'tsx', join(bench, 'src', 'main.ts'), ...args],
  { cwd: bench, stdio: 'inherit' },
);
process.exit(run.status ?? 1);
