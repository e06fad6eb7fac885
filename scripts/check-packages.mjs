#!/usr/bin/env node
// Every publishable package must pack cleanly (publint) and resolve its types the same way under
// node10, node16 CJS/ESM and bundlers (arethetypeswrong). Run after `pnpm build`.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dirs = [...readdirSync('packages').map((d) => join('packages', d)), join('examples', 'xianning-2020')].filter(
  (dir) => !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private,
);

let failed = 0;
for (const dir of dirs) {
  for (const [tool, args] of [
    ['publint', ['--strict']],
    ['attw', ['--pack', '.', '--format', 'table-flipped']],
  ]) {
    const run = spawnSync('pnpm', ['exec', tool, ...args], { cwd: dir, encoding: 'utf8' });
    const ok = run.status === 0;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${tool} ${dir}`);
    if (!ok) console.log(run.stdout, run.stderr);
  }
}
process.exit(failed > 0 ? 1 : 0);
