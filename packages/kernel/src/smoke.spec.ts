import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { InMemoryEventStore, seal, verify } from './index';

describe('kernel smoke', () => {
  it('appends, reads, seals and verifies', async () => {
    const store = new InMemoryEventStore();
    const r = await store.appendToStream('s-1', 'no_stream', [{ type: 'A', data: { x: 1 }, occurredAt: '2020-01-02' }]);
    expect(isRight(r) && r.right.nextExpectedVersion).toBe(1);
    const s = await seal(store);
    expect(isRight(s) && s.right.position).toBe(1);
    const v = await verify(store);
    expect(v).toMatchObject({ _tag: 'Right', right: { events: 2, streams: 1, seals: 1 } });
  });
});
