import {
  type ChainLink,
  canonicalEventText,
  canonicalJson,
  type EventStore,
  type RecordedEvent,
  sha256Hex,
  verify,
} from '@innoledger/kernel';
import { expect, it } from 'vitest';
import { anEvent, appendOk, type ContractHarness, expectRight, readAllOf } from './harness';
import { AWKWARD_DATA, AWKWARD_TEXT } from './payloads';

const linksOf = async (store: EventStore, options: { after?: number; batchSize?: number }) => {
  const out: ChainLink[] = [];
  for await (const batch of store.readChainLinks?.(options) ?? []) out.push(...batch);
  return out;
};

export const chainLinkChecks = (h: ContractHarness): void => {
  it('readChainLinks, where offered, gives every event its exact hash input, in global order; verify passes either way', async () => {
    const store = h.store();
    for (const [i, text] of AWKWARD_TEXT.entries())
      await appendOk(store, `链 ${text}`, 'no_stream', [
        anEvent(AWKWARD_DATA, { type: `Type ${text}`, metadata: { actor: text } }),
        anEvent([i, -0, 1e21, text]),
      ]);
    const events = await readAllOf(store);
    expect(expectRight(await verify(store))).toMatchObject({ events: events.length, streams: AWKWARD_TEXT.length });
    if (store.readChainLinks === undefined) return;
    const links = await linksOf(store, { batchSize: 3 });
    // Each link carries its exact hash input, or says the store hashed that input itself.
    expect(links.map(({ hashInput: _, hashChecked: __, ...link }) => link)).toEqual(
      events.map((e) => ({
        globalPosition: e.globalPosition,
        streamId: e.streamId,
        streamVersion: e.streamVersion,
        prevHash: e.prevHash,
        hash: e.hash,
      })),
    );
    for (const [i, link] of links.entries()) {
      const e = events[i] as RecordedEvent;
      if (link.hashChecked === true) expect(link.hashInput).toBeUndefined();
      else {
        expect(link.hashInput).toBe(
          e.prevHash + canonicalEventText(e, canonicalJson(e.data), canonicalJson(e.metadata)),
        );
        expect(sha256Hex(link.hashInput ?? '')).toBe(link.hash);
      }
    }
    const from = events[events.length - 3]?.globalPosition ?? 0;
    expect((await linksOf(store, { after: from, batchSize: 2 })).map((l) => l.globalPosition)).toEqual(
      events.slice(-2).map((e) => e.globalPosition),
    );
  });
};
