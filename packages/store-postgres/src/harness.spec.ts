import { describe, expect, it } from 'vitest';
import { freshSchemaName, postgresBinDir } from '../../../tests/support/postgres';

describe('the PostgreSQL test harness', () => {
  it('fails loudly, naming the install script, when no server binaries exist', () => {
    expect(() => postgresBinDir('/nonexistent/postgresql')).toThrow(/scripts\/ensure-postgres\.sh/);
    expect(() => postgresBinDir('/nonexistent/postgresql')).toThrow(/DATABASE_URL/);
  });

  it('gives every store a schema name of its own', () => {
    const names = new Set(Array.from({ length: 100 }, () => freshSchemaName()));
    expect(names.size).toBe(100);
    for (const name of names) expect(name).toMatch(/^innoledger_test_[0-9a-f]{12}$/);
  });
});
