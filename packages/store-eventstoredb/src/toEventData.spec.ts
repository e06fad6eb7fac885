import { describe, expect, it } from 'vitest';
import { chunkBySize, firstOverLimit, serverEventId } from './toEventData';

describe('server event ids', () => {
  it('uses a UUID event id as it is, lower-cased', () => {
    expect(serverEventId('01890A5D-AC96-774B-BCCE-B302099A8057')).toBe('01890a5d-ac96-774b-bcce-b302099a8057');
  });

  it('derives a stable version-8 UUID from any other id', () => {
    const derived = serverEventId('legacy-event-17');
    expect(derived).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(serverEventId('legacy-event-17')).toBe(derived);
    expect(serverEventId('legacy-event-18')).not.toBe(derived);
  });
});

describe('append size', () => {
  it('finds the event at which the running total passes the limit', () => {
    expect(firstOverLimit([100, 200, 300], 600)).toBeUndefined();
    expect(firstOverLimit([100, 200, 301], 600)).toBe(2);
    expect(firstOverLimit([700], 600)).toBe(0);
    expect(firstOverLimit([], 600)).toBeUndefined();
  });

  it('splits an import run into appends within the limit, keeping order', () => {
    expect(chunkBySize([400, 400, 100, 700, 50], 600)).toEqual([
      [0, 1],
      [1, 3],
      [3, 4],
      [4, 5],
    ]);
    expect(chunkBySize([], 600)).toEqual([]);
    expect(chunkBySize([10, 10, 10], 600)).toEqual([[0, 3]]);
  });
});
