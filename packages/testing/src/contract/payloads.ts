import { canonicalJson, hashEvent } from '@innoledger/kernel';
import { expect, it } from 'vitest';
import { anEvent, appendOk, type ContractHarness, readAllOf, readOk } from './harness';

/** Text that breaks naive storage: CJK, emoji sequences, quotes, escapes, control and separator characters. */
export const AWKWARD_TEXT = [
  '咸宁市科学技术局 高新技术企业认定',
  '🚀 👩‍🔬 🇨🇳 𠮷',
  `"double" 'single' \`back\` ‘curly’ “curly” 「括号」`,
  'back\\slash \\n \\u0000 not escapes',
  'line\nbreak\ttab\rreturn \u0001\u001f\u007f \u2028\u2029',
  "'; DROP TABLE events; -- $1 ? %s {{x}}",
  'مرحبا עברית ру́сский',
];

export const AWKWARD_DATA = {
  texts: AWKWARD_TEXT,
  '键 with "quotes" and.dots': '值',
  '': 'empty key',
  numbers: [0, -1, 0.1, 1e21, 1.5e-7, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 123456789.123],
  flags: [true, false, null],
  nested: { a: [[], {}, [[['deep']]]], b: '' },
};

export const payloadChecks = (h: ContractHarness): void => {
  it('Chinese text, emoji, quotes, escapes and control characters round-trip exactly', async () => {
    const store = h.store();
    const metadata = { actor: '人员-0001', source: '咸科发〔2020〕12号 "quoted"', correlationId: '🚀' };
    await appendOk(store, 'text-1', 'no_stream', [
      anEvent(AWKWARD_DATA, { type: '企业已认定', metadata }),
      anEvent(AWKWARD_TEXT[1]),
      anEvent(null),
    ]);
    const read = await readOk(store, 'text-1');
    const all = await readAllOf(store);
    for (const events of [read, all]) {
      expect(events.map((e) => e.data)).toEqual([AWKWARD_DATA, AWKWARD_TEXT[1], null]);
      expect(canonicalJson(events[0]?.data)).toBe(canonicalJson(AWKWARD_DATA));
      expect(events[0]?.type).toBe('企业已认定');
      expect(events[0]?.metadata).toEqual(metadata);
      // The hash was taken over the stored form when appending: a recomputed hash that matches
      // proves the bytes came back unchanged.
      for (const e of events) expect(hashEvent(e)).toBe(e.hash);
    }
  });

  it(
    'a payload of about 1 MB round-trips exactly (or just under maxAppendBytes when smaller)',
    async () => {
      const store = h.store();
      const limit = store.capabilities.maxAppendBytes;
      const budget = Math.min(1024 * 1024, limit === undefined ? Number.POSITIVE_INFINITY : Math.floor(limit * 0.9));
      const row = { name: '咸宁高新区 🚀 "row"', amountFen: 123456789, tags: ['技术合同', 'licence\n'] };
      const rowBytes = Buffer.byteLength(canonicalJson({ ...row, i: 999_999 })) + 1;
      const data = { rows: Array.from({ length: Math.floor((budget - 64) / rowBytes) }, (_, i) => ({ ...row, i })) };
      expect(Buffer.byteLength(canonicalJson(data))).toBeGreaterThan(budget * 0.8);
      expect(Buffer.byteLength(canonicalJson(data))).toBeLessThanOrEqual(budget);
      await appendOk(store, 'large-1', 'no_stream', [anEvent(data)]);
      const [read] = await readOk(store, 'large-1');
      expect(canonicalJson(read?.data)).toBe(canonicalJson(data));
      expect(read && hashEvent(read)).toBe(read?.hash);
    },
    h.timeoutMs,
  );
};
