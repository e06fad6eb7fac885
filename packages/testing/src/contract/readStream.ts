import type { ReadStreamOptions } from '@innoledger/kernel';
import { expect, it } from 'vitest';
import { appendOk, type ContractHarness, expectRight, someEvents } from './harness';

const RANGES: readonly [ReadStreamOptions, number[]][] = [
  [{}, [1, 2, 3, 4, 5]],
  [{ fromVersion: 2 }, [2, 3, 4, 5]],
  [{ toVersion: 3 }, [1, 2, 3]],
  [{ fromVersion: 2, toVersion: 4 }, [2, 3, 4]],
  [{ fromVersion: 5, toVersion: 5 }, [5]],
  [{ fromVersion: 1, toVersion: 99 }, [1, 2, 3, 4, 5]],
  [{ fromVersion: 6 }, []],
  [{ fromVersion: 4, toVersion: 2 }, []],
  [{ toVersion: 0 }, []],
];

export const readStreamChecks = (h: ContractHarness): void => {
  it('returns the versions asked for, inclusive at both ends', async () => {
    const store = h.store();
    await appendOk(store, 'range-1', 'no_stream', someEvents(3));
    await appendOk(store, 'range-other', 'no_stream', someEvents(2));
    await appendOk(store, 'range-1', 3, someEvents(2, 4));
    for (const [options, versions] of RANGES) {
      const read = expectRight(await store.readStream('range-1', options));
      expect({ options, versions: read.map((e) => e.streamVersion) }).toEqual({ options, versions });
      expect(read.every((e) => e.streamId === 'range-1' && (e.data as { n: number }).n === e.streamVersion)).toBe(true);
    }
  });
};
