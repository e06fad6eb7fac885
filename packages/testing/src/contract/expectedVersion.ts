import type { ExpectedVersion } from '@innoledger/kernel';
import { expect, it } from 'vitest';
import { appendOk, type ContractHarness, expectLeft, readOk, someEvents } from './harness';

interface Case {
  readonly expected: ExpectedVersion;
  /** Events already in the stream. */
  readonly existing: number;
  readonly accepted: boolean;
}

const CASES: readonly Case[] = [
  { expected: 'any', existing: 0, accepted: true },
  { expected: 'any', existing: 2, accepted: true },
  { expected: 'no_stream', existing: 0, accepted: true },
  { expected: 'no_stream', existing: 2, accepted: false },
  { expected: 0, existing: 0, accepted: true },
  { expected: 0, existing: 2, accepted: false },
  { expected: 'stream_exists', existing: 0, accepted: false },
  { expected: 'stream_exists', existing: 2, accepted: true },
  { expected: 2, existing: 2, accepted: true },
  { expected: 1, existing: 2, accepted: false },
  { expected: 3, existing: 2, accepted: false },
  { expected: 1, existing: 0, accepted: false },
];

const title = (c: Case) =>
  `${JSON.stringify(c.expected)} on a stream with ${c.existing} events is ${c.accepted ? 'accepted' : 'refused with a ConcurrencyConflict value'}`;

export const expectedVersionChecks = (h: ContractHarness): void => {
  for (const c of CASES) {
    it(title(c), async () => {
      const store = h.store();
      const streamId = `expected-${String(c.expected)}-${c.existing}`;
      if (c.existing > 0) await appendOk(store, streamId, 'no_stream', someEvents(c.existing));
      const head = await store.headPosition();
      const result = await store.appendToStream(streamId, c.expected, someEvents(2, 100));
      const read = await readOk(store, streamId);
      if (c.accepted) {
        expect(result).toMatchObject({ _tag: 'Right', right: { nextExpectedVersion: c.existing + 2 } });
        expect(read.map((e) => e.streamVersion)).toEqual(Array.from({ length: c.existing + 2 }, (_, i) => i + 1));
        expect(read.slice(c.existing).map((e) => e.data)).toEqual([{ n: 100 }, { n: 101 }]);
      } else {
        expect(expectLeft(result)).toEqual({
          _tag: 'ConcurrencyConflict',
          streamId,
          expected: c.expected,
          actual: c.existing,
        });
        expect(read).toHaveLength(c.existing);
        expect(await store.headPosition()).toBe(head);
      }
    });
  }
};
