import { describe, expect, it } from 'vitest';
import { deposit, ledgerConfig, open, refusedWithdrawal, withdraw } from '../__fixtures__/ledger';
import { InMemoryEventStore } from '../memory/inMemoryEventStore';
import { SimulatedClock } from '../time/clock';
import { commandHandler } from './commandHandler';

const handle = commandHandler(ledgerConfig);

describe('commandHandler: load → fold → decide → append', () => {
  it('appends the decided events with business dates from the command and the context as metadata', async () => {
    const clock = new SimulatedClock('2020-03-05T01:00:00.000Z');
    const store = new InMemoryEventStore({ clock });
    await handle(store, 'acct-1', open('person-1', '2020-03-02'));
    const result = await handle(store, 'acct-1', deposit(300, '2020-03-03'), {
      actor: 'person-7',
      correlationId: 'corr-1',
      source: '咸科发〔2020〕3号',
    });
    expect(result).toMatchObject({
      _tag: 'Right',
      right: { streamId: 'acct-1', version: 2, duplicate: false, state: { open: true, balance: 300, movements: 1 } },
    });
    const read = await store.readStream('acct-1');
    expect(read._tag === 'Right' && read.right.map((e) => [e.type, e.data, e.occurredAt, e.recordedAt])).toEqual([
      ['AccountOpened', { owner: 'person-1' }, '2020-03-02', '2020-03-05T01:00:00.000Z'],
      ['Deposited', { amount: 300 }, '2020-03-03', '2020-03-05T01:00:00.000Z'],
    ]);
    expect(read._tag === 'Right' && read.right[1]?.metadata).toEqual({
      actor: 'person-7',
      correlationId: 'corr-1',
      source: '咸科发〔2020〕3号',
    });
  });

  it('folds the whole stream before deciding', async () => {
    const store = new InMemoryEventStore();
    await handle(store, 'acct-1', open());
    for (const amount of [100, 200, 300]) await handle(store, 'acct-1', deposit(amount));
    expect(await handle(store, 'acct-1', withdraw(601))).toEqual(refusedWithdrawal('acct-1', 600, 601));
    expect(await handle(store, 'acct-1', withdraw(600))).toMatchObject({
      _tag: 'Right',
      right: { version: 5, state: { balance: 0, movements: 4 } },
    });
  });

  it('a rejection writes nothing', async () => {
    const store = new InMemoryEventStore();
    expect(await handle(store, 'acct-1', deposit(5))).toEqual({
      _tag: 'Left',
      left: { _tag: 'CommandRejected', streamId: 'acct-1', rejection: { _tag: 'AccountNotOpen' } },
    });
    expect(await store.headPosition()).toBe(0);
  });

  it('an event its codec refuses is an InvalidEvent naming the field, and nothing is written', async () => {
    const store = new InMemoryEventStore();
    await handle(store, 'acct-1', open());
    const result = await handle(store, 'acct-1', deposit(-5));
    expect(result).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'InvalidEvent', streamId: 'acct-1', index: 0, type: 'Deposited', path: 'data.amount' },
    });
    expect(await store.headPosition()).toBe(1);
  });

  it('a corrupt stored event is a CorruptEvent value naming stream, version, position and field', async () => {
    const store = new InMemoryEventStore();
    await handle(store, 'acct-1', open());
    await store.appendToStream('acct-1', 1, [
      { type: 'Deposited', data: { amount: 'lots' }, occurredAt: '2020-03-03' },
    ]);
    expect(await handle(store, 'acct-1', deposit(5))).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'CorruptEvent', streamId: 'acct-1', streamVersion: 2, globalPosition: 2, path: 'data.amount' },
    });
    await store.appendToStream('acct-2', 'no_stream', [{ type: 'Mystery', data: {}, occurredAt: '2020-03-03' }]);
    expect(await handle(store, 'acct-2', open())).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'CorruptEvent', streamId: 'acct-2', streamVersion: 1, path: 'type' },
    });
  });

  it('an invalid stream id is an InvalidStreamId value', async () => {
    const store = new InMemoryEventStore();
    expect(await handle(store, '', open())).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'InvalidStreamId', reason: 'empty' },
    });
  });
});
