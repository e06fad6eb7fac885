import {
  businessDayOf,
  InMemoryEventStore,
  type RecordedEvent,
  SimulatedClock,
  seal,
  seededUuidV7,
  verify,
} from '@innoledger/kernel';
import { isRight } from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildXianning2020, XIANNING_ACTOR, XIANNING_CLOCK_START, XIANNING_SEED } from './buildXianning2020';
import { xianningSchedule } from './history/index';

const build = async () => {
  const clock = new SimulatedClock(XIANNING_CLOCK_START);
  const store = new InMemoryEventStore({ clock, newEventId: seededUuidV7(XIANNING_SEED, clock) });
  const progress: number[] = [];
  const result = await buildXianning2020(store, clock, { onProgress: (done) => progress.push(done) });
  const sealed = await seal(store);
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  return { store, result, sealed, events, progress };
};

let first: Awaited<ReturnType<typeof build>>;
let second: Awaited<ReturnType<typeof build>>;

beforeAll(async () => {
  first = await build();
  second = await build();
});

describe('buildXianning2020', () => {
  it('sends every scheduled command, one event each or more, reporting progress', () => {
    const scheduled = xianningSchedule().length;
    expect(first.result.commands).toBe(scheduled);
    expect(first.result.events).toBeGreaterThanOrEqual(scheduled);
    // All events of the history, plus the seal.
    expect(first.events.length).toBe(first.result.events + 1);
    expect(first.progress.length).toBe(scheduled);
    expect(first.progress.at(-1)).toBe(scheduled);
  });

  it('gives byte-identical events, hashes and seals on a rebuild', () => {
    expect(second.result).toEqual(first.result);
    expect(JSON.stringify(second.events)).toBe(JSON.stringify(first.events));
    expect(second.events.map((e) => e.eventId)).toEqual(first.events.map((e) => e.eventId));
    expect(second.events.map((e) => e.hash)).toEqual(first.events.map((e) => e.hash));
    expect(isRight(first.sealed) && isRight(second.sealed)).toBe(true);
    if (isRight(first.sealed) && isRight(second.sealed)) expect(second.sealed.right).toEqual(first.sealed.right);
  });

  it('leaves a history whose every chain and seal verifies', async () => {
    const report = await verify(first.store);
    expect(isRight(report)).toBe(true);
    if (isRight(report)) expect(report.right).toMatchObject({ events: first.events.length, seals: 1 });
  });

  it('records each fact on its day or later, never before it happened', () => {
    const facts = first.events.filter((e) => e.type !== 'HistorySealed');
    const early = facts.filter((e) => e.occurredAt > businessDayOf(e.recordedAt));
    expect(early).toEqual([]);
    // Only rent relief is dated by the start of the period it covers rather than by its grant.
    const late = new Set(facts.filter((e) => e.occurredAt !== businessDayOf(e.recordedAt)).map((e) => e.type));
    expect([...late]).toEqual(['RentReliefGranted']);
  });

  it('spans 2016 to 2021 with recording times that never go back, all after the clock start', () => {
    const times = first.events.map((e) => e.recordedAt);
    expect(times).toEqual([...times].sort());
    expect(times[0]?.startsWith('2016-')).toBe(true);
    expect((times[0] ?? '') > XIANNING_CLOCK_START).toBe(true);
    expect(times.at(-1)?.startsWith('2021-')).toBe(true);
  });

  it('names each command in the metadata of its events', () => {
    const facts = first.events.filter((e) => e.type !== 'HistorySealed');
    expect(facts.every((e) => e.metadata.actor === XIANNING_ACTOR)).toBe(true);
    expect(facts.every((e) => /^xianning-2020\/\d+$/.test(e.metadata.commandId ?? ''))).toBe(true);
    expect(new Set(facts.map((e) => e.metadata.commandId)).size).toBe(first.result.commands);
  });
});
