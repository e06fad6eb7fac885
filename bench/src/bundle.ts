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
  // Native addons and the peers' packages stay in bench/node_modules, where the bundle finds them
  // at run time (better-sqlite3 and pg at the very versions the stores pin). The innoledger
  // packages are bundled from source through their '@innoledger/source' condition, each with the
  // fp-ts, io-ts and uuid its own manifest names, not the bench's.
  const bundled = new Set(['fp-ts', 'io-ts', 'uuid']);
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
