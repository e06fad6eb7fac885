import { canonicalJson } from '@innoledger/kernel';
import { expect, it } from 'vitest';
import { anEvent, appendOk, type ContractHarness, expectLeft, readOk } from './harness';

const MB = 1024 * 1024;

/** Data whose canonical JSON is `bytes` long (ASCII, so bytes = characters). */
const dataOfBytes = (bytes: number) => ({ text: 'x'.repeat(Math.max(0, bytes - '{"text":""}'.length)) });

export const appendSizeChecks = (h: ContractHarness): void => {
  it(
    'maxAppendBytes: above a declared limit an append is refused whole; with none a 1 MB append succeeds',
    async () => {
      const store = h.store();
      const limit = store.capabilities.maxAppendBytes;
      if (limit === undefined) {
        const single = dataOfBytes(MB);
        expect(canonicalJson(single)).toHaveLength(MB);
        await appendOk(store, 'size-1', 'no_stream', [anEvent(single)]);
        await appendOk(
          store,
          'size-2',
          'no_stream',
          Array.from({ length: 8 }, () => anEvent(dataOfBytes(MB / 8))),
        );
        expect((await readOk(store, 'size-1'))[0]?.data).toEqual(single);
        expect(await readOk(store, 'size-2')).toHaveLength(8);
        return;
      }
      expect(Number.isSafeInteger(limit) && limit > 0).toBe(true);
      await appendOk(store, 'size-3', 'no_stream', [anEvent(dataOfBytes(Math.floor(limit / 2)))]);
      const head = await store.headPosition();
      const oversized = await store.appendToStream('size-3', 1, [
        anEvent({ n: 1 }),
        anEvent(dataOfBytes(limit + 1024)),
      ]);
      expect(expectLeft(oversized)).toMatchObject({ _tag: 'InvalidEvent', streamId: 'size-3' });
      const spread = Array.from({ length: 4 }, () => anEvent(dataOfBytes(Math.ceil(limit / 3))));
      expect(expectLeft(await store.appendToStream('size-4', 'no_stream', spread))).toMatchObject({
        _tag: 'InvalidEvent',
        streamId: 'size-4',
      });
      expect(await readOk(store, 'size-3')).toHaveLength(1);
      expect(await readOk(store, 'size-4')).toEqual([]);
      expect(await store.headPosition()).toBe(head);
    },
    h.timeoutMs,
  );
};
