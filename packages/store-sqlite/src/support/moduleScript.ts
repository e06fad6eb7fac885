// Test support: runs a script as `node --input-type=module -e` does, from this package's directory,
// where the package's name resolves to its TypeScript source. The flag is the point: worker
// threads inherit the process's flags unless told otherwise, and this one turns their evaluated
// CommonJS source into an ES module.
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const runModuleScript = (script: string): SpawnSyncReturns<string> =>
  spawnSync(
    process.execPath,
    ['--conditions=@innoledger/source', '--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8', timeout: 60_000 },
  );
