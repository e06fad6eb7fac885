import { intBetween, seededRandom } from './random';

/** The payload of one benchmark event: 250–350 bytes of JSON, ASCII so characters are bytes. */
export type ItemData = {
  readonly n: number;
  readonly amountFen: number;
  readonly region: string;
  readonly on: string;
  readonly ref: string;
  readonly note: string;
};

/** One command: the events it appends to one stream, and the version the stream must be at. */
export interface WorkloadCommand {
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly items: readonly ItemData[];
}

export interface Workload {
  readonly streams: number;
  readonly events: number;
  readonly commands: readonly WorkloadCommand[];
  /** Bytes of all events' data JSON. */
  readonly dataBytes: number;
}

export interface WorkloadSize {
  readonly streams: number;
  readonly events: number;
}

export const FULL_WORKLOAD: WorkloadSize = { streams: 10_000, events: 100_000 };
export const QUICK_WORKLOAD: WorkloadSize = { streams: 500, events: 5_000 };

export const WORKLOAD_SEED = 20201231;

const REGIONS = ['xianan', 'jiayu', 'tongcheng', 'chongyang', 'tongshan', 'chibi', 'gaoxin'];
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Commands of 1–5 events, uniformly (the last of a stream takes what is left). */
const COMMAND_SIZES = [1, 2, 3, 4, 5];

export const streamIdOf = (index: number): string => `bench-${String(index).padStart(5, '0')}`;

const itemOf = (random: () => number, n: number): ItemData => {
  const month = intBetween(random, 1, 12);
  const day = intBetween(random, 1, 28);
  const base = {
    n,
    amountFen: intBetween(random, 100, 500_000_000),
    region: REGIONS[intBetween(random, 0, REGIONS.length - 1)] as string,
    on: `2020-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    ref: `REF-${intBetween(random, 0, 0xffffffff).toString(16).padStart(8, '0')}`,
    note: '',
  };
  const target = intBetween(random, 250, 350);
  const room = target - JSON.stringify(base).length;
  let note = '';
  for (let i = 0; i < room; i++) note += ALPHABET[intBetween(random, 0, ALPHABET.length - 1)];
  return { ...base, note };
};

/**
 * The benchmark workload, the same for every store: `events` events over `streams` streams, cut
 * into commands of 1–5 events, each with the version its stream must be at, interleaved across
 * streams by a seeded shuffle that keeps each stream's own order.
 */
export const generateWorkload = (size: WorkloadSize = FULL_WORKLOAD, seed = WORKLOAD_SEED): Workload => {
  const random = seededRandom(seed);
  // Every stream gets at least one event; the rest are spread at random.
  const counts = new Array<number>(size.streams).fill(1);
  for (let i = size.streams; i < size.events; i++) {
    const s = intBetween(random, 0, size.streams - 1);
    counts[s] = (counts[s] as number) + 1;
  }
  const perStream: WorkloadCommand[][] = [];
  let n = 0;
  let dataBytes = 0;
  for (let s = 0; s < size.streams; s++) {
    const streamId = streamIdOf(s);
    const commands: WorkloadCommand[] = [];
    let version = 0;
    let left = counts[s] as number;
    while (left > 0) {
      const take = Math.min(left, COMMAND_SIZES[intBetween(random, 0, COMMAND_SIZES.length - 1)] as number);
      const items: ItemData[] = [];
      for (let i = 0; i < take; i++) {
        const item = itemOf(random, n++);
        dataBytes += JSON.stringify(item).length;
        items.push(item);
      }
      commands.push({ streamId, expectedVersion: version, items });
      version += take;
      left -= take;
    }
    perStream.push(commands);
  }
  // Shuffle the stream order of all command slots, then give each stream its commands in order.
  const slots: number[] = [];
  for (let s = 0; s < perStream.length; s++)
    for (let i = 0; i < (perStream[s] as WorkloadCommand[]).length; i++) slots.push(s);
  for (let i = slots.length - 1; i > 0; i--) {
    const j = intBetween(random, 0, i);
    const tmp = slots[i] as number;
    slots[i] = slots[j] as number;
    slots[j] = tmp;
  }
  const next = new Array<number>(perStream.length).fill(0);
  const commands = slots.map((s) => {
    const i = next[s] as number;
    next[s] = i + 1;
    return (perStream[s] as WorkloadCommand[])[i] as WorkloadCommand;
  });
  return { streams: size.streams, events: size.events, commands, dataBytes };
};
