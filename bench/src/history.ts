// A history shaped like the Xianning data, at any size. The example's real 2017–2021 history (every
// command sent through the deciders) is the pattern; copies of its entity aggregates (enterprises,
// platforms, projects, contracts, achievements) under fresh ids are interleaved event by event, so
// the mix of event types, the dates and the regions stay Xianning's while the number of entities
// grows with the size. Statistics releases and work plans (per region and year) are not copied.
// Every event keeps a valid hash chain, so the result imports, rebuilds and verifies like real data.

import { buildXianning2020, XIANNING_CLOCK_START, XIANNING_SEED } from '../../examples/xianning-2020/src/index';
import { usccCheckCharacter } from '../../packages/core/src/index';
import {
  canonicalEventText,
  canonicalJson,
  GENESIS_HASH,
  hashCanonicalText,
  InMemoryEventStore,
  type RecordedEvent,
  SimulatedClock,
  seededUuidV7,
} from '../../packages/kernel/src/index';

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ID_KEYS = new Set([
  'achievementId',
  'activityId',
  'applicationId',
  'awardApplicationId',
  'certificateNo',
  'contractNo',
  'documentId',
  'institutionId',
  'personId',
  'placementId',
  'platformId',
  'projectId',
  'registrationNo',
  'supersedesCertificateNo',
  'transformationId',
]);
const COPIED_AGGREGATES = new Set(['enterprise', 'techPlatform', 'techProject', 'contractRegistration', 'achievement']);

// Copy k shifts the 3 characters after the region code by k (base 31), so no copy ever equals its
// original or another copy of it; the check character is recomputed.
const usccFor = (uscc: string, copy: number): string => {
  let n = 0;
  for (let i = 10; i >= 8; i--) n = n * 31 + USCC_ALPHABET.indexOf(uscc[i] as string);
  n = (n + copy) % 31 ** 3;
  let code = '';
  for (let i = 0; i < 3; i++) {
    code += USCC_ALPHABET[n % 31];
    n = Math.floor(n / 31);
  }
  const first17 = `${uscc.slice(0, 8)}${code}${uscc.slice(11, 17)}`;
  return `${first17}${usccCheckCharacter(first17)}`;
};

const renamed = (value: unknown, key: string, copy: number): unknown => {
  if (typeof value === 'string') {
    if (/uscc$/i.test(key)) return usccFor(value, copy);
    if (ID_KEYS.has(key)) return `${value}-c${copy}`;
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => renamed(v, key, copy));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = renamed(v, k, copy);
    return out;
  }
  return value;
};

const streamFor = (streamId: string, copy: number): string => {
  const dash = streamId.indexOf('-');
  const aggregate = streamId.slice(0, dash);
  const key = streamId.slice(dash + 1);
  return aggregate === 'enterprise' ? `enterprise-${usccFor(key, copy)}` : `${streamId}-c${copy}`;
};

/** The example's own history: 8,557 events over 2,549 streams. */
export const xianningBase = async (): Promise<RecordedEvent[]> => {
  const clock = new SimulatedClock(XIANNING_CLOCK_START);
  const store = new InMemoryEventStore({ clock, newEventId: seededUuidV7(XIANNING_SEED, clock) });
  await buildXianning2020(store, clock);
  const events: RecordedEvent[] = [];
  for await (const e of store.readAll()) events.push(e);
  return events;
};

export const HISTORY_GENERATOR_VERSION = 2;

/** Names a generated history: generator version, size, and the base history's length and last hash. */
export const historyStamp = async (total: number): Promise<string> => {
  const base = await xianningBase();
  return `${HISTORY_GENERATOR_VERSION}:${total}:${base.length}:${base[base.length - 1]?.hash ?? ''}`;
};

/** `total` events in batches of `batch`: the base history with copies interleaved, hash chains intact. */
export async function* xianningScaled(total: number, batch = 10_000): AsyncGenerator<RecordedEvent[]> {
  const base = await xianningBase();
  const copied = base.filter((e) => COPIED_AGGREGATES.has(e.streamId.slice(0, e.streamId.indexOf('-')))).length;
  const copies = Math.max(1, Math.ceil((total - base.length) / copied) + 1);
  const clock = new SimulatedClock(XIANNING_CLOCK_START);
  const newId = seededUuidV7(XIANNING_SEED + 1, clock);
  const heads = new Map<string, string>();
  let out: RecordedEvent[] = [];
  let emitted = 0;
  for (const e of base) {
    const aggregate = e.streamId.slice(0, e.streamId.indexOf('-'));
    for (let copy = 0; copy < copies; copy++) {
      if (emitted === total) break;
      if (copy > 0 && !COPIED_AGGREGATES.has(aggregate)) break;
      let event: RecordedEvent;
      if (copy === 0) {
        event = e;
      } else {
        clock.set(e.recordedAt);
        const streamId = streamFor(e.streamId, copy);
        const data = renamed(e.data, '', copy);
        const metadata =
          e.metadata.commandId === undefined
            ? e.metadata
            : { ...e.metadata, commandId: `${e.metadata.commandId}/c${copy}` };
        const fields = {
          eventId: newId(),
          type: e.type,
          schemaVersion: e.schemaVersion,
          data,
          streamId,
          streamVersion: e.streamVersion,
          occurredAt: e.occurredAt,
          recordedAt: e.recordedAt,
          metadata,
          prevHash: heads.get(streamId) ?? GENESIS_HASH,
        };
        const hash = hashCanonicalText(
          fields.prevHash,
          canonicalEventText(fields, canonicalJson(data), canonicalJson(metadata)),
        );
        event = { ...fields, globalPosition: 0, hash } as RecordedEvent;
      }
      heads.set(event.streamId, event.hash);
      out.push(event);
      emitted++;
      if (out.length === batch) {
        yield out;
        out = [];
      }
    }
  }
  if (out.length > 0) yield out;
  if (emitted < total) throw new Error(`history generator made ${emitted} events, wanted ${total}`);
}
