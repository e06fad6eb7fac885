import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The dependency rules of design.md, checked on the source: production files only (specs may use
// @innoledger/testing), relative imports resolved to files so cycles can be found.

const root = resolve(__dirname, '..');

/** Which workspace packages each package's production code may import. */
const allowed: Record<string, readonly string[]> = {
  kernel: [],
  testing: ['kernel'],
  core: ['kernel'],
  indicators: ['kernel', 'core'],
  'store-sqlite': ['kernel'],
  'store-postgres': ['kernel'],
  'store-eventstoredb': ['kernel'],
  stores: ['kernel', 'store-sqlite', 'store-postgres', 'store-eventstoredb'],
  cli: ['kernel', 'core', 'indicators', 'stores', 'example-xianning-2020'],
};

const AGGREGATES = [
  'enterprise',
  'techPlatform',
  'techProject',
  'contractRegistration',
  'achievement',
  'statisticalRelease',
  'workPlan',
];

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });

const importsOf = (file: string): string[] => {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/g))
    out.push(m[1] as string);
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1] as string);
  return out;
};

const resolveRelative = (from: string, spec: string): string | undefined => {
  const base = resolve(dirname(from), spec.replace(/\.js$/, ''));
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
  return undefined;
};

const packages = Object.keys(allowed).filter((p) => existsSync(join(root, 'packages', p, 'src')));
const sources = packages.flatMap((p) => walk(join(root, 'packages', p, 'src')).map((file) => ({ pkg: p, file })));

/**
 * Production code is what a package's entry points reach; fixtures and arbitraries that only specs
 * import may use @innoledger/testing like the specs do.
 */
const production = new Set<string>();
const reach = (file: string) => {
  if (production.has(file)) return;
  production.add(file);
  for (const spec of importsOf(file)) {
    const target = spec.startsWith('.') ? resolveRelative(file, spec) : undefined;
    if (target) reach(target);
  }
};
for (const p of packages) {
  for (const entry of ['index.ts', 'bin.ts']) {
    const file = join(root, 'packages', p, 'src', entry);
    if (existsSync(file)) reach(file);
  }
}

describe('architecture', () => {
  it('packages import only the packages design.md allows', () => {
    const violations: string[] = [];
    for (const { pkg, file } of sources) {
      if (!production.has(file)) continue;
      for (const spec of importsOf(file)) {
        const m = /^@innoledger\/([^/]+)/.exec(spec);
        if (!m) continue;
        const target = m[1] as string;
        if (target !== pkg && !allowed[pkg]?.includes(target))
          violations.push(`${relative(root, file)} imports ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('aggregates never import each other', () => {
    const violations: string[] = [];
    for (const { pkg, file } of sources) {
      if (pkg !== 'core') continue;
      const own = relative(join(root, 'packages/core/src'), file).split('/')[0] as string;
      if (!AGGREGATES.includes(own)) continue;
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolveRelative(file, spec);
        const targetTop = target ? (relative(join(root, 'packages/core/src'), target).split('/')[0] as string) : '';
        if (AGGREGATES.includes(targetTop) && targetTop !== own)
          violations.push(`${relative(root, file)} imports ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('has no circular imports', () => {
    const graph = new Map<string, string[]>();
    for (const { file } of sources) {
      graph.set(
        file,
        importsOf(file)
          .filter((s) => s.startsWith('.'))
          .map((s) => resolveRelative(file, s))
          .filter((t): t is string => t !== undefined),
      );
    }
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const visit = (node: string) => {
      state.set(node, 'visiting');
      stack.push(node);
      for (const next of graph.get(node) ?? []) {
        if (state.get(next) === 'visiting')
          cycles.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(root, f)).join(' → '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(node, 'done');
    };
    for (const node of graph.keys()) if (!state.has(node)) visit(node);
    expect(cycles).toEqual([]);
  });

  it('the check itself sees the workspace (guards against a vacuous pass)', () => {
    expect(packages).toContain('kernel');
    expect(sources.length).toBeGreaterThan(20);
    expect(production.size).toBeGreaterThan(100);
    expect(production.has(join(root, 'packages/kernel/src/store/prepareAppend.ts'))).toBe(true);
  });
});
