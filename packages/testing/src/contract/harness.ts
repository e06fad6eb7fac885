import type {
  AppendOptions,
  AppendResult,
  EventMetadata,
  EventStore,
  EventToAppend,
  ExpectedVersion,
  ReadAllOptions,
  RecordedEvent,
  SimulatedClock,
} from '@innoledger/kernel';
import { type Either, isLeft } from 'fp-ts/lib/Either.js';
import { assert } from 'vitest';

/** Where every store under test starts its simulated clock. */
export const CONTRACT_START = '2020-01-01T00:00:00.000Z';

/** What each group of contract checks gets: the fresh store of the running test and its clock. */
export interface ContractHarness {
  /** The store under test, made fresh for the running test and closed after it. */
  store(): EventStore;
  /** The simulated clock that store was given. */
  clock(): SimulatedClock;
  /** The seed of that store's event-id generator. */
  seed(): number;
  /** One more fresh store from the same factory (e.g. an import target), closed after the test. */
  another(): Promise<EventStore>;
  /** Per-test timeout in milliseconds, for the heavy checks. */
  readonly timeoutMs: number;
  /** How many writers race in the concurrency checks. */
  readonly concurrentWriters: number;
}

const show = (value: unknown): string => {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
};

/** Asserts a `Right` and returns its value; a `Left` fails the test naming what came back. */
export const expectRight = <E, A>(result: Either<E, A>): A => {
  if (isLeft(result)) return assert.fail(`expected Right, got Left ${show(result.left)}`);
  return result.right;
};

/** Asserts a `Left` and returns its value. */
export const expectLeft = <E, A>(result: Either<E, A>): E => {
  if (!isLeft(result)) return assert.fail(`expected Left, got Right ${show(result.right)}`);
  return result.left;
};

/** A small valid event; override what the check is about. */
export const anEvent = (data: unknown = { n: 1 }, overrides: Partial<EventToAppend> = {}): EventToAppend => ({
  type: 'SomethingHappened',
  data,
  occurredAt: '2020-01-02',
  ...overrides,
});

/** `count` small valid events numbered from `from`. */
export const someEvents = (count: number, from = 1): EventToAppend[] =>
  Array.from({ length: count }, (_, i) => anEvent({ n: from + i }));

export const FULL_METADATA: EventMetadata = {
  actor: 'person-0001',
  commandId: 'cmd-0001',
  correlationId: 'corr-0001',
  causationId: 'cause-0001',
  source: '咸科发〔2020〕12号',
};

/** Appends and asserts success. */
export const appendOk = async (
  store: EventStore,
  streamId: string,
  expected: ExpectedVersion,
  events: readonly EventToAppend[],
  options?: AppendOptions,
): Promise<AppendResult> => expectRight(await store.appendToStream(streamId, expected, events, options));

/** Reads a stream and asserts success. */
export const readOk = async (store: EventStore, streamId: string): Promise<readonly RecordedEvent[]> =>
  expectRight(await store.readStream(streamId));

/** Drains `readAll` into an array. */
export const readAllOf = async (store: EventStore, options?: ReadAllOptions): Promise<RecordedEvent[]> => {
  const out: RecordedEvent[] = [];
  for await (const event of store.readAll(options)) out.push(event);
  return out;
};

export const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
