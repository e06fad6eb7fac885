import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript source under the "@innoledger/source" condition
// (named for us, so a consumer whose tools honour a generic "source" condition never gets .ts),
// so tests run against src/ and never need a prior build.
export default defineConfig({
  resolve: { conditions: ['@innoledger/source'] },
  ssr: { resolve: { conditions: ['@innoledger/source'], externalConditions: ['@innoledger/source'] } },
  test: {
    // One throwaway PostgreSQL server for the run (or DATABASE_URL when set); fails loudly without binaries.
    globalSetup: ['./tests/support/postgres.ts'],
    include: ['packages/*/src/**/*.spec.ts', 'tests/**/*.spec.ts', 'examples/*/src/**/*.spec.ts', 'docs/**/*.spec.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
