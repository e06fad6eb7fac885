import { RESERVED_STREAM_PREFIX } from '@innoledger/kernel';
import { expect, it } from 'vitest';
import { anEvent, appendOk, type ContractHarness, expectLeft, expectRight, readAllOf, readOk } from './harness';

/** Ids that break naive SQL, LIKE patterns, collations, padding or C strings. */
export const AWKWARD_STREAM_IDS = [
  "o'brien",
  '"double-quoted"',
  'a;b;c',
  "x'); DROP TABLE events; --",
  "' OR '1'='1",
  'a%',
  'ab',
  'a_c',
  'back\\slash',
  '企业-91421200MA4F0J2X3K',
  '咸宁市/咸安区',
  '🚀-stream',
  'tab\there',
  'line\nbreak',
  '\u0001\u001f\u007f',
  'Case',
  'case',
  'pad',
  'pad ',
  ' ',
  '$not-reserved',
  'x'.repeat(200),
];

export const streamIdChecks = (h: ContractHarness): void => {
  it('stores quotes, SQL fragments, wildcards, control characters and Chinese verbatim, each its own stream', async () => {
    const store = h.store();
    for (const [i, streamId] of AWKWARD_STREAM_IDS.entries())
      await appendOk(store, streamId, 'no_stream', [anEvent({ i })]);
    for (const [i, streamId] of AWKWARD_STREAM_IDS.entries()) {
      const read = await readOk(store, streamId);
      expect({ streamId, read: read.map((e) => [e.streamId, e.data]) }).toEqual({
        streamId,
        read: [[streamId, { i }]],
      });
    }
    expect((await readAllOf(store)).map((e) => e.streamId)).toEqual(AWKWARD_STREAM_IDS);
  });

  for (const [streamId, reason] of [
    ['', 'empty'],
    ['a\u0000b', 'contains-nul'],
    ['\u0000', 'contains-nul'],
    ['lone-\uD800-surrogate', 'ill-formed'],
    ['\uDC00', 'ill-formed'],
  ] as const) {
    it(`refuses the stream id ${JSON.stringify(streamId)} with InvalidStreamId (${reason}) on append and read`, async () => {
      const store = h.store();
      const expected = { _tag: 'InvalidStreamId', streamId, reason };
      expect(expectLeft(await store.appendToStream(streamId, 'any', [anEvent()]))).toEqual(expected);
      expect(expectLeft(await store.readStream(streamId))).toEqual(expected);
      expect(await store.headPosition()).toBe(0);
    });
  }

  it(`refuses user appends to ${RESERVED_STREAM_PREFIX} streams, which stay readable`, async () => {
    const store = h.store();
    const streamId = `${RESERVED_STREAM_PREFIX}mine`;
    expect(expectLeft(await store.appendToStream(streamId, 'any', [anEvent()]))).toEqual({
      _tag: 'InvalidStreamId',
      streamId,
      reason: 'reserved',
    });
    expect(await readOk(store, streamId)).toEqual([]);
    expect(await store.headPosition()).toBe(0);
    await appendOk(store, streamId, 'no_stream', [anEvent()], { allowReservedStream: true });
    expect(expectRight(await store.readStream(streamId))).toHaveLength(1);
  });
};
