import type { ProjectionState } from '@innoledger/kernel';
import { expect, it } from 'vitest';
import type { ContractHarness } from './harness';

/** A state whose view says which position it reflects, so a torn write is visible. */
const stateAt = (position: number): ProjectionState => ({
  view: { reflects: position, totals: { 咸安区: position * 100 }, label: `"v${position}"` },
  position,
});

const reflects = (state: ProjectionState | undefined) => (state?.view as { reflects?: number } | undefined)?.reflects;

export const projectionStateChecks = (h: ContractHarness): void => {
  it('saves and loads a view with its checkpoint, each projection version apart', async () => {
    const { projections } = h.store();
    expect(await projections.load('totals', 1)).toBeUndefined();
    await projections.save('totals', 1, stateAt(5));
    await projections.save('totals', 2, stateAt(7));
    await projections.save("totals 'quoted'", 1, stateAt(9));
    expect(await projections.load('totals', 1)).toEqual(stateAt(5));
    expect(await projections.load('totals', 2)).toEqual(stateAt(7));
    expect(await projections.load("totals 'quoted'", 1)).toEqual(stateAt(9));
    await projections.save('totals', 1, stateAt(8));
    expect(await projections.load('totals', 1)).toEqual(stateAt(8));
    expect(await projections.load('totals', 3)).toBeUndefined();
  });

  // `atomicViewCheckpoint: true`: view and checkpoint commit together, so racing saves leave one
  // whole state. `false` (the documented alternative): the view is written first, so a loaded
  // checkpoint is never ahead of the view it comes with.
  it(
    'commits a checkpoint with its view: racing saves never leave a checkpoint ahead of its view',
    async () => {
      const store = h.store();
      const { projections } = store;
      const saves = Array.from({ length: h.concurrentWriters }, (_, i) => stateAt(i + 1));
      for (let round = 0; round < 3; round++) {
        await Promise.all(saves.map((s) => projections.save('racing', 1, s)));
        const loaded = await projections.load('racing', 1);
        expect(loaded).toBeDefined();
        const position = loaded?.position ?? Number.NaN;
        if (store.capabilities.atomicViewCheckpoint) {
          expect(saves).toContainEqual(loaded);
        } else {
          expect(position).toBeLessThanOrEqual(reflects(loaded) ?? Number.NEGATIVE_INFINITY);
        }
      }
      await projections.save('racing', 1, stateAt(100));
      expect(await projections.load('racing', 1)).toEqual(stateAt(100));
    },
    h.timeoutMs,
  );
};
