import { verify } from '@innoledger/kernel';
import { expect, it } from 'vitest';
import { anEvent, appendOk, type ContractHarness, expectRight, readOk } from './harness';

export const concurrencyChecks = (h: ContractHarness): void => {
  it(
    'racing appends at the same expected version: exactly one wins each version, the others get a conflict',
    async () => {
      const store = h.store();
      const writers = Array.from({ length: h.concurrentWriters }, (_, i) => i);
      for (const expected of ['no_stream', 1, 2] as const) {
        const results = await Promise.all(
          writers.map((writer) => store.appendToStream('race-1', expected, [anEvent({ writer, expected })])),
        );
        const winners = results.filter((r) => r._tag === 'Right');
        expect(winners).toHaveLength(1);
        const actual = expected === 'no_stream' ? 1 : expected + 1;
        for (const r of results.filter((r) => r._tag === 'Left'))
          expect(r.left).toEqual({ _tag: 'ConcurrencyConflict', streamId: 'race-1', expected, actual });
      }
      const read = await readOk(store, 'race-1');
      expect(read.map((e) => [e.streamVersion, (e.data as { expected: unknown }).expected])).toEqual([
        [1, 'no_stream'],
        [2, 1],
        [3, 2],
      ]);
      expectRight(await verify(store));
    },
    h.timeoutMs,
  );

  it(
    "racing appends with 'any' all succeed, each batch kept together in consecutive versions",
    async () => {
      const store = h.store();
      const writers = Array.from({ length: h.concurrentWriters }, (_, i) => i);
      const results = await Promise.all(
        writers.map((writer) =>
          store.appendToStream('race-2', 'any', [anEvent({ writer, part: 1 }), anEvent({ writer, part: 2 })]),
        ),
      );
      for (const r of results) expectRight(r);
      const read = await readOk(store, 'race-2');
      expect(read.map((e) => e.streamVersion)).toEqual(writers.flatMap((w) => [2 * w + 1, 2 * w + 2]));
      const parts = read.map((e) => e.data as { writer: number; part: number });
      for (let i = 0; i < parts.length; i += 2) {
        const writer = parts[i]?.writer;
        expect([parts[i], parts[i + 1]]).toEqual([
          { writer, part: 1 },
          { writer, part: 2 },
        ]);
      }
      expect(new Set(read.map((e) => (e.data as { writer: number }).writer)).size).toBe(writers.length);
      expectRight(await verify(store));
    },
    h.timeoutMs,
  );

  it(
    'racing appends to different streams all succeed with distinct positions',
    async () => {
      const store = h.store();
      const writers = Array.from({ length: h.concurrentWriters }, (_, i) => i);
      const results = await Promise.all(
        writers.map((writer) => appendOk(store, `parallel-${writer}`, 'no_stream', [anEvent({ writer })])),
      );
      const positions = results.map((r) => r.lastGlobalPosition);
      expect(new Set(positions).size).toBe(writers.length);
      expect(await store.headPosition()).toBe(Math.max(...positions));
      expect(expectRight(await verify(store))).toMatchObject({ events: writers.length, streams: writers.length });
    },
    h.timeoutMs,
  );
};
