import { expect, it } from 'vitest';
import { appendOk, type ContractHarness, ISO_INSTANT, readAllOf, someEvents } from './harness';

export const recordedAtChecks = (h: ContractHarness): void => {
  // With `monotonicRecordedAt: false` a store promises this per writer only; the suite is one
  // writer, so the check is the same for every store.
  it('never decreases along global order, even when the clock goes backwards', async () => {
    const store = h.store();
    const clock = h.clock();
    clock.set('2020-06-01T08:00:00.000Z');
    await appendOk(store, 'time-a', 'no_stream', someEvents(1));
    clock.set('2020-05-01T08:00:00.000Z');
    await appendOk(store, 'time-b', 'no_stream', someEvents(2));
    clock.set('2020-01-01T08:00:00.000Z');
    await appendOk(store, 'time-a', 1, someEvents(1, 2));
    clock.set('2020-06-01T09:00:00.000Z');
    await appendOk(store, 'time-c', 'no_stream', someEvents(1));
    const recorded = (await readAllOf(store)).map((e) => e.recordedAt);
    for (const r of recorded) expect(r).toMatch(ISO_INSTANT);
    expect(recorded).toEqual([
      '2020-06-01T08:00:00.000Z',
      '2020-06-01T08:00:00.000Z',
      '2020-06-01T08:00:00.000Z',
      '2020-06-01T08:00:00.000Z',
      '2020-06-01T09:00:00.000Z',
    ]);
  });

  it('is the same instant for every event of one append', async () => {
    const store = h.store();
    h.clock().set('2020-03-15T02:30:00.123Z');
    const appended = await appendOk(store, 'time-d', 'no_stream', someEvents(3));
    expect(appended.events.map((e) => e.recordedAt)).toEqual(Array(3).fill('2020-03-15T02:30:00.123Z'));
  });
};
