import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript source under the "source" condition,
// so tests run against src/ and never need a prior build.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    // One throwaway PostgreSQL server for the run (or DATABASE_URL when set); fails loudly without binaries.
    globalSetup: ['./tests/support/postgres.ts'],
    include: ['packages/*/src/**/*.spec.ts', 'tests/**/*.spec.ts', 'examples/*/src/**/*.spec.ts', 'docs/**/*.spec.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
