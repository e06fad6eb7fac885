// Prepared statements run without Describe: rows come back as column texts, a statement is parsed
// once per connection, a refusal leaves the connection in the pool, and a lost one leaves it.
import { Pool } from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { isUnavailable } from './errors';
import { runPreparedOnPool } from './runPrepared';
import { useTestServer } from './support/testServer';

const server = useTestServer();

const pools: Pool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.end()));
});
const onePool = () => {
  const pool = new Pool({ connectionString: server.url(), max: 1 });
  pools.push(pool);
  return pool;
};

const backend = { name: 'probe_backend', text: 'SELECT pg_backend_pid()::text' };

describe('runPreparedOnPool', () => {
  it("returns each row's column texts, with SQL NULL as null and pg's encoding of parameters", async () => {
    const run = runPreparedOnPool(onePool());
    const rows = await run(
      {
        name: 'probe_rows',
        text: 'SELECT $1::text, NULL::text, $2::text[], $3::bigint + g FROM generate_series(1, 2) AS g',
      },
      ['咸宁', ['a "quoted" one', null, 'b\\c'], 40],
    );
    expect(rows).toEqual([
      ['咸宁', null, '{"a \\"quoted\\" one",NULL,"b\\\\c"}', '41'],
      ['咸宁', null, '{"a \\"quoted\\" one",NULL,"b\\\\c"}', '42'],
    ]);
  });

  it('parses a statement once per connection and runs it again by name', async () => {
    const run = runPreparedOnPool(onePool());
    const statement = { name: 'probe_twice', text: 'SELECT $1::int * 2' };
    expect(await run(statement, [2])).toEqual([['4']]);
    // A second Parse under the same name would be refused (42P05): this run binds the first one.
    expect(await run(statement, [5])).toEqual([['10']]);
    const prepared = await run(
      { name: 'probe_list', text: 'SELECT name FROM pg_prepared_statements ORDER BY name' },
      [],
    );
    expect(prepared).toEqual([['probe_list'], ['probe_twice']]);
  });

  it('rejects with the server error for a refused statement, and the connection stays in the pool', async () => {
    const pool = onePool();
    const run = runPreparedOnPool(pool);
    const [[pid]] = (await run(backend, [])) as [[string]];
    await expect(run({ name: 'probe_divide', text: 'SELECT 1 / $1::int' }, [0])).rejects.toMatchObject({
      code: '22012',
    });
    expect(await run(backend, [])).toEqual([[pid]]);
  });

  it('rejects a value pg cannot encode before sending anything, and the connection stays usable', async () => {
    const run = runPreparedOnPool(onePool());
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(run({ name: 'probe_encode', text: 'SELECT $1::text' }, [circular])).rejects.toThrow(TypeError);
    expect(await run({ name: 'probe_encode', text: 'SELECT $1::text' }, ['fine'])).toEqual([['fine']]);
  });

  it('parses again after a failed parse, once what it refers to exists', async () => {
    const pool = onePool();
    const run = runPreparedOnPool(pool);
    const table = `probe_later_${process.pid}`;
    const statement = { name: 'probe_later', text: `SELECT count(*) FROM ${table}` };
    await expect(run(statement, [])).rejects.toMatchObject({ code: '42P01' });
    await pool.query(`CREATE TEMPORARY TABLE ${table} (n int)`);
    expect(await run(statement, [])).toEqual([['0']]);
  });

  it('rejects with an unavailable error when the connection dies, and the pool replaces it', async () => {
    const pool = onePool();
    const run = runPreparedOnPool(pool);
    const [[pid]] = (await run(backend, [])) as [[string]];
    const admin = await server.client();
    const sleeping = run({ name: 'probe_sleep', text: 'SELECT pg_sleep(30)' }, []).then(
      () => undefined,
      (error: unknown) => error,
    );
    let killed = false;
    while (!killed) {
      const result = await admin.query<{ done: boolean }>(
        "SELECT pg_terminate_backend($1::int) AS done FROM pg_stat_activity WHERE pid = $1::int AND wait_event = 'PgSleep'",
        [pid],
      );
      killed = result.rows[0]?.done === true;
    }
    const error = await sleeping;
    expect(isUnavailable(error)).toBe(true);
    expect(pool.totalCount).toBe(0);
    const [[next]] = (await run(backend, [])) as [[string]];
    expect(next).not.toBe(pid);
  });
});
