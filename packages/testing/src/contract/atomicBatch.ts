import type { EventToAppend } from '@innoledger/kernel';
import { expect, it } from 'vitest';
import { anEvent, appendOk, type ContractHarness, expectLeft, readOk } from './harness';

interface BadEvent {
  readonly what: string;
  readonly event: EventToAppend;
  readonly path: string;
}

// Built as plain objects the type system would refuse: stores are called from JavaScript too.
const bad = (fields: Record<string, unknown>): EventToAppend =>
  ({ type: 'SomethingHappened', data: { n: 0 }, occurredAt: '2020-01-02', ...fields }) as unknown as EventToAppend;

const BAD_EVENTS: readonly BadEvent[] = [
  { what: 'occurredAt not a date', event: bad({ occurredAt: 'not-a-date' }), path: 'occurredAt' },
  { what: 'occurredAt not a calendar day', event: bad({ occurredAt: '2021-02-29' }), path: 'occurredAt' },
  { what: 'NaN deep in data', event: bad({ data: { amounts: [1, Number.NaN] } }), path: 'data.amounts[1]' },
  { what: 'Infinity in data', event: bad({ data: { ratio: Number.POSITIVE_INFINITY } }), path: 'data.ratio' },
  { what: 'a function in data', event: bad({ data: { nested: { callback: () => 1 } } }), path: 'data.nested.callback' },
  { what: 'a Date object in data', event: bad({ data: { when: new Date(0) } }), path: 'data.when' },
  { what: 'a bigint in data', event: bad({ data: { amount: 10n } }), path: 'data.amount' },
  { what: 'undefined inside an array', event: bad({ data: { list: [1, undefined] } }), path: 'data.list[1]' },
  { what: 'no data', event: bad({ data: undefined }), path: 'data' },
  { what: 'an empty type', event: bad({ type: '' }), path: 'type' },
  { what: 'schemaVersion 0', event: bad({ schemaVersion: 0 }), path: 'schemaVersion' },
  { what: 'an unknown metadata field', event: bad({ metadata: { user: 'x' } }), path: 'metadata' },
  { what: 'a non-string metadata value', event: bad({ metadata: { actor: 42 } }), path: 'metadata' },
];

export const atomicBatchChecks = (h: ContractHarness): void => {
  for (const b of BAD_EVENTS) {
    it(`a batch with one invalid event (${b.what}) writes nothing and names its index and ${b.path}`, async () => {
      const store = h.store();
      await appendOk(store, 'batch-1', 'no_stream', [anEvent({ n: 1 })]);
      const head = await store.headPosition();
      const result = await store.appendToStream('batch-1', 1, [anEvent({ n: 2 }), b.event, anEvent({ n: 4 })]);
      expect(expectLeft(result)).toMatchObject({ _tag: 'InvalidEvent', streamId: 'batch-1', index: 1, path: b.path });
      expect(await readOk(store, 'batch-1')).toHaveLength(1);
      expect(await store.headPosition()).toBe(head);
      // The stream is untouched: the next append at the old version succeeds.
      await appendOk(store, 'batch-1', 1, [anEvent({ n: 2 })]);
    });
  }

  it('an invalid first event of a new stream leaves the stream new', async () => {
    const store = h.store();
    const result = await store.appendToStream('batch-2', 'no_stream', [bad({ occurredAt: 'not-a-date' }), anEvent()]);
    expect(expectLeft(result)).toMatchObject({ _tag: 'InvalidEvent', index: 0, path: 'occurredAt' });
    expect(await readOk(store, 'batch-2')).toEqual([]);
    expect(await store.headPosition()).toBe(0);
    await appendOk(store, 'batch-2', 'no_stream', [anEvent()]);
  });
};
