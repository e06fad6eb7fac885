// One run of one scenario in a fresh process: prints its figures as one JSON line on stdout.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Job, ScenarioContext } from './jobs';
import type { RunResult } from './measure';
import { createDatabase } from './postgres';
import { scenarios } from './scenarios/index';

const job = JSON.parse(process.argv[2] ?? '{}') as Job;
const scenario = scenarios[job.scenario];
if (!scenario) throw new Error(`unknown scenario ${job.scenario}`);

const databaseUrl = (name: string) => {
  const u = new URL(job.postgresUrl);
  u.pathname = `/${name}`;
  return u.toString();
};

const context: ScenarioContext = {
  job,
  freshFile: (name) => {
    const path = join(job.work, name);
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    return path;
  },
  freshDatabase: (name) => createDatabase(job.postgresUrl, name),
  databaseUrl,
  file: (name) => join(job.work, name),
};

const results: Record<string, RunResult> = await scenario(context);
process.stdout.write(`\nRESULT ${JSON.stringify(results)}\n`);
// Pools and servers may keep handles open; the figures are out.
process.exit(0);
