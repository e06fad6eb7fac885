// The chain-link reader asks for several pages of positions at once; a history longer than a few
// pages checks that they come back whole, in order and in the batches asked for.
import type { ChainLink } from '@innoledger/kernel';
import { verify } from '@innoledger/kernel';
import { describe, expect, it } from 'vitest';
import { event, simulated, useTestServer } from './support/testServer';

const server = useTestServer();

const STREAMS = 13;
const EVENTS_PER_STREAM = 1_000;

describe('readChainLinks over many pages', () => {
  it('gives every position once, in order, server-checked, in batches of the size asked for, from any start', async () => {
    const store = await server.open(simulated());
    // Appends interleave the streams, so each page holds links of several chains.
    for (let round = 0; round < 10; round++)
      for (let s = 0; s < STREAMS; s++) {
        const events = Array.from({ length: EVENTS_PER_STREAM / 10 }, (_, i) => event(round * 100 + i));
        const appended = await store.appendToStream(`stream-${s}`, round === 0 ? 'no_stream' : round * 100, events);
        expect(appended._tag).toBe('Right');
      }
    const total = STREAMS * EVENTS_PER_STREAM;

    const read = async (after: number, batchSize: number) => {
      const links: ChainLink[] = [];
      const sizes: number[] = [];
      for await (const batch of store.readChainLinks({ after, batchSize })) {
        links.push(...batch);
        sizes.push(batch.length);
      }
      return { links, sizes };
    };

    const all = await read(0, 1_000);
    expect(all.links.map((l) => l.globalPosition)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(all.links.every((l) => l.hashChecked === true && l.hashInput === undefined)).toBe(true);
    expect(all.sizes.every((n) => n <= 1_000)).toBe(true);

    const from = 7_777;
    const tail = await read(from, 4_096);
    expect(tail.links.map((l) => l.globalPosition)).toEqual(
      Array.from({ length: total - from }, (_, i) => from + i + 1),
    );
    expect(Math.max(...tail.sizes)).toBeLessThanOrEqual(4_096);

    expect(await verify(store)).toEqual({
      _tag: 'Right',
      right: { events: total, streams: STREAMS, seals: 0, lastPosition: total },
    });
  });
});
