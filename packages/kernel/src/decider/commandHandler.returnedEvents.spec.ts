import { right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { InstantFromText } from '../__fixtures__/instantFromText';
import { createEventRegistry, defineEvent, type EventOf } from '../events/registry';
import { InMemoryEventStore } from '../memory/inMemoryEventStore';
import { commandHandler } from './commandHandler';

const Noted = defineEvent('Noted', t.type({ text: t.string, n: t.number }));
const Audited = defineEvent('Audited', t.type({ at: InstantFromText }));
const registry = createEventRegistry([Noted, Audited]);
type Event = EventOf<typeof Noted | typeof Audited>;

const handle = commandHandler<{ type: 'Record'; data: { events: Event[] } }, Event, number, never>({
  decider: { initialState: 0, decide: (command) => right(command.data.events), evolve: (n) => n + 1 },
  registry,
  occurredAt: () => '2020-07-31',
});

describe('commandHandler: the events it returns', () => {
  it('carry the data as decided when a codec stores it as it is, equal to what the store reads back', async () => {
    const store = new InMemoryEventStore();
    // Keys out of order and an undefined member: the stored copy is canonical, and still equal.
    const decided = { text: '咸宁', n: 1, gone: undefined } as unknown as Event['data'];
    const handled = await handle(store, 'notes-1', {
      type: 'Record',
      data: { events: [{ type: 'Noted', data: decided } as Event] },
    });
    const read = await store.readStream('notes-1');
    expect(handled._tag === 'Right' && handled.right.events.map((e) => e.data)).toEqual([{ n: 1, text: '咸宁' }]);
    expect(handled._tag === 'Right' && handled.right.events).toEqual(read._tag === 'Right' && read.right);
  });

  it("carry the domain's own values, not their stored form, when a codec stores them differently", async () => {
    const store = new InMemoryEventStore();
    const at = new Date('2020-07-31T15:59:59.999Z');
    const handled = await handle(store, 'audits-1', {
      type: 'Record',
      data: {
        events: [
          { type: 'Noted', data: { text: 'opened', n: 2 } },
          { type: 'Audited', data: { at } },
        ],
      },
    });
    const read = await store.readStream('audits-1');
    expect(read._tag === 'Right' && read.right.map((e) => e.data)).toEqual([
      { n: 2, text: 'opened' },
      { at: '2020-07-31T15:59:59.999Z' },
    ]);
    if (handled._tag !== 'Right' || read._tag !== 'Right') throw new Error('append failed');
    expect(handled.right.events.map((e) => e.data)).toEqual([{ n: 2, text: 'opened' }, { at }]);
    const audited = handled.right.events[1]?.data as { at: unknown } | undefined;
    expect(audited).toEqual({ at });
    expect(audited?.at).toBeInstanceOf(Date);
    // Everything but the data is the store's record.
    expect(handled.right.events.map(({ data: _, ...envelope }) => envelope)).toEqual(
      read.right.map(({ data: _, ...envelope }) => envelope),
    );
  });
});
