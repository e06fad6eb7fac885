// The child process runs plain JavaScript, as the packages' users do: the scenarios and the
// packages' TypeScript source are bundled by esbuild (what tsup builds the published packages
// with) instead of being compiled on the fly by tsx, whose loader, source maps and name-keeping
// helpers added about 36 MB of RSS and a few per cent of time to every figure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Bundles src/child.ts into `outfile`; the bench's own dependencies stay external. */
export const bundleChild = async (bench: string, outfile: string): Promise<string> => {
  const manifest = JSON.parse(readFileSync(join(bench, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  // Dependencies stay external, as tsup leaves them in the published packages, and are found in
  // bench/node_modules at run time: better-sqlite3, pg, fp-ts and io-ts at the very versions the
  // packages pin. uuid is bundled, so the kernel gets its own (14) rather than the bench's (10).
  // The innoledger packages are bundled from source through their '@innoledger/source' condition.
  const bundled = new Set(['uuid']);
  const external = Object.keys(manifest.dependencies)
    .filter((name) => !bundled.has(name))
    .flatMap((name) => [name, `${name}/*`]);
  await build({
    entryPoints: [join(bench, 'src', 'child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@innoledger/source'],
    external,
    logLevel: 'warning',
  });
  return outfile;
};
