// The sequence-gap problem: a writer that took position N but has not committed must never let a
// reader see N+1 first. Appends are serialised by the log lock; these tests hold one append
// transaction open and watch what a second writer and a reader can do meanwhile.
import { isRight } from 'fp-ts/lib/Either.js';
import type { Client } from 'pg';
import { describe, expect, it } from 'vitest';
import { appendInTransaction } from './append';
import type { PostgresEventStore } from './postgresEventStore';
import { event, simulated, useTestServer } from './support/testServer';
import { tablesFor } from './tables';

const server = useTestServer();

const positionsIn = async (store: PostgresEventStore): Promise<number[]> => {
  const out: number[] = [];
  for await (const e of store.readAll()) out.push(e.globalPosition);
  return out;
};

/** Positions committed in the table itself, bypassing readAll's head bound. */
const committedPositions = async (client: Client, schema: string): Promise<number[]> => {
  const rows = await client.query<{ p: string }>(
    `SELECT global_position AS p FROM ${tablesFor(schema).events} ORDER BY 1`,
  );
  return rows.rows.map((r) => Number(r.p));
};

/** Resolves once some backend is waiting for a lock: the second writer has reached the log lock. */
const untilSomeoneWaitsForALock = async (observer: Client): Promise<void> => {
  for (;;) {
    const waiting = await observer.query<{ n: string }>(
      "SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()",
    );
    if (Number(waiting.rows[0]?.n) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

/** Opens a transaction on `holder` and runs the store's own append inside it, without committing. */
const holdAppendOpen = async (holder: Client, store: PostgresEventStore, streamId: string, n: number) => {
  const { clock, newEventId } = simulated();
  await holder.query('BEGIN');
  return appendInTransaction(holder, { tables: tablesFor(store.schema), clock, newEventId }, streamId, 'any', [
    event(n),
  ]);
};

describe('global order under interleaved transactions', () => {
  it('a second writer waits for the first to commit, so position N+1 is never visible before N', async () => {
    const store = await server.open(simulated());
    await store.appendToStream('warm-up', 'no_stream', [event(1)]);
    const holder = await server.client();
    const observer = await server.client();

    const first = await holdAppendOpen(holder, store, 'first', 2);
    expect(isRight(first) && first.right.lastGlobalPosition).toBe(2);

    let secondDone = false;
    const second = store.appendToStream('second', 'no_stream', [event(3)]).then((r) => {
      secondDone = true;
      return r;
    });
    await untilSomeoneWaitsForALock(observer);

    // While position 2 is uncommitted nobody can see it, and no later position exists at all.
    expect(secondDone).toBe(false);
    expect(await committedPositions(observer, store.schema)).toEqual([1]);
    expect(await positionsIn(store)).toEqual([1]);
    expect(await store.headPosition()).toBe(1);

    await holder.query('COMMIT');
    const secondResult = await second;
    expect(isRight(secondResult) && secondResult.right.lastGlobalPosition).toBe(3);
    expect(await committedPositions(observer, store.schema)).toEqual([1, 2, 3]);
    const all = [];
    for await (const e of store.readAll()) all.push([e.globalPosition, e.streamId]);
    expect(all).toEqual([
      [1, 'warm-up'],
      [2, 'first'],
      [3, 'second'],
    ]);
  });

  it('a rolled-back first writer leaves no hole: the waiting writer takes its position', async () => {
    const store = await server.open(simulated());
    await store.appendToStream('warm-up', 'no_stream', [event(1)]);
    const holder = await server.client();
    const observer = await server.client();

    await holdAppendOpen(holder, store, 'abandoned', 2);
    const second = store.appendToStream('second', 'no_stream', [event(3)]);
    await untilSomeoneWaitsForALock(observer);
    await holder.query('ROLLBACK');

    const secondResult = await second;
    expect(isRight(secondResult) && secondResult.right.lastGlobalPosition).toBe(2);
    expect(await committedPositions(observer, store.schema)).toEqual([1, 2]);
    expect((await store.readStream('abandoned')).valueOf()).toEqual({ _tag: 'Right', right: [] });
  });

  it('a reader following the log during concurrent appends never skips a position', async () => {
    const schemaStore = await server.open(simulated());
    const writers = await Promise.all(
      Array.from({ length: 8 }, () => server.open({ schema: schemaStore.schema, poolSize: 2 })),
    );
    const observer = await server.client();
    const appendsPerWriter = 40;
    let writing = true;
    const refused: unknown[] = [];
    const written = Promise.all(
      writers.map(async (w, i) => {
        for (let k = 0; k < appendsPerWriter; k++) {
          const r = await w.appendToStream(`stream-${(i * 7 + k) % 20}`, 'any', [event(k), event(k + 1)]);
          if (!isRight(r)) refused.push(r.left);
        }
      }),
    ).finally(() => {
      writing = false;
    });

    // Two readers: readAll (bounded by the committed head) and a raw table scan (no bound at all).
    let viaReadAll = 0;
    let viaTable = 0;
    const gaps: string[] = [];
    while (writing || viaReadAll < (await schemaStore.headPosition())) {
      for await (const e of schemaStore.readAll({ after: viaReadAll, batchSize: 7 })) {
        if (e.globalPosition !== viaReadAll + 1) gaps.push(`readAll: ${viaReadAll} → ${e.globalPosition}`);
        viaReadAll = e.globalPosition;
      }
      for (const p of await committedPositions(observer, schemaStore.schema)) {
        if (p <= viaTable) continue;
        if (p !== viaTable + 1) gaps.push(`table: ${viaTable} → ${p}`);
        viaTable = p;
      }
    }
    await written;
    expect(refused).toEqual([]);
    expect(gaps).toEqual([]);
    expect(viaReadAll).toBe(8 * appendsPerWriter * 2);
    expect(await positionsIn(schemaStore)).toEqual(Array.from({ length: 8 * appendsPerWriter * 2 }, (_, i) => i + 1));
  });
});
