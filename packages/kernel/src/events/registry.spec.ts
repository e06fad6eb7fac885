import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { recordedEvents } from '../../../testing/src/index';
import { InstantFromText } from '../__fixtures__/instantFromText';
import type { RecordedEvent } from './event';
import { createEventRegistry, defineEvent, type EventOf } from './registry';

const ContractRegistered = defineEvent(
  'ContractRegistered',
  t.type({ contractId: t.string, amount: t.number, parties: t.array(t.type({ name: t.string })) }),
);
const ContractWithdrawn = defineEvent('ContractWithdrawn', t.type({ contractId: t.string }));
const registry = createEventRegistry([ContractRegistered, ContractWithdrawn]);
type ContractEvent = EventOf<typeof ContractRegistered | typeof ContractWithdrawn>;

const stored = (type: string, data: unknown, schemaVersion = 1) =>
  recordedEvents([{ type, data, schemaVersion, streamId: 'contract-1' }], { firstPosition: 41 })[0] as RecordedEvent;

describe('event registry', () => {
  it('decodes a known event and keeps its envelope', () => {
    const event = stored('ContractRegistered', { contractId: 'c-1', amount: 100, parties: [{ name: '咸宁' }] });
    expect(registry.decode(event)).toEqual({ _tag: 'Right', right: event });
  });

  it('an unknown type is a CorruptEvent at path type, naming where it lies', () => {
    expect(registry.decode(stored('ContractLost', {}))).toEqual({
      _tag: 'Left',
      left: {
        _tag: 'CorruptEvent',
        streamId: 'contract-1',
        streamVersion: 1,
        globalPosition: 41,
        path: 'type',
        message: 'unknown event type "ContractLost"',
      },
    });
  });

  it('refused data is a CorruptEvent naming the field path of the first failure', () => {
    const result = registry.decode(stored('ContractRegistered', { contractId: 'c-1', amount: '100', parties: [{}] }));
    expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'CorruptEvent', path: 'data.amount' } });
    expect(result._tag === 'Left' && result.left.message).toBe(
      'data.amount: expected number, got "100"; data.parties[0].name: expected string, got undefined',
    );
  });

  it('a schema version newer than the code is refused, not guessed at', () => {
    expect(registry.decode(stored('ContractWithdrawn', { contractId: 'c-1' }, 2))).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'CorruptEvent', path: 'schemaVersion' },
    });
  });

  it('encodes with the current schema version and refuses data its codec refuses, naming the field', () => {
    const good: ContractEvent = { type: 'ContractWithdrawn', data: { contractId: 'c-1' } };
    expect(registry.encode(good)).toEqual({ _tag: 'Right', right: { schemaVersion: 1, data: { contractId: 'c-1' } } });
    const bad = { type: 'ContractRegistered', data: { contractId: 'c-1', amount: Number.NaN, parties: 'none' } };
    expect(registry.encode(bad as unknown as ContractEvent)).toMatchObject({
      _tag: 'Left',
      left: { path: 'data.parties' },
    });
    expect(registry.encode({ type: 'Nope', data: {} } as unknown as ContractEvent)).toMatchObject({
      _tag: 'Left',
      left: { path: 'type' },
    });
  });

  it('a codec whose stored form differs from its type encodes to the stored form, which decodes back', () => {
    const Audited = defineEvent('Audited', t.type({ at: InstantFromText }));
    const audits = createEventRegistry([Audited]);
    const at = new Date('2020-07-31T15:59:59.999Z');
    const encoded = audits.encode({ type: 'Audited', data: { at } });
    expect(encoded).toEqual({ _tag: 'Right', right: { schemaVersion: 1, data: { at: '2020-07-31T15:59:59.999Z' } } });
    const read = audits.decode(stored('Audited', encoded._tag === 'Right' ? encoded.right.data : undefined));
    expect(read._tag === 'Right' && read.right.data).toEqual({ at });
  });

  it('an intersection of plain codecs decodes valid data as it is, and still names a wrong field', () => {
    const Graded = defineEvent(
      'Graded',
      t.intersection([t.type({ id: t.string }), t.partial({ grade: t.union([t.literal('A'), t.literal('B')]) })]),
    );
    const grades = createEventRegistry([Graded]);
    const valid = stored('Graded', { id: 'g-1', grade: 'B' });
    const read = grades.decode(valid);
    expect(read).toEqual({ _tag: 'Right', right: valid });
    expect(read._tag === 'Right' && read.right.data).toBe(valid.data);
    expect(grades.decode(stored('Graded', { id: 'g-1', grade: 'C' }))).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'CorruptEvent', path: 'data.grade' },
    });
    expect(grades.decode(stored('Graded', { grade: 'A' }))).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'CorruptEvent', path: 'data.id' },
    });
  });

  it('lists its types and their schema versions, and refuses a type defined twice', () => {
    expect([...registry.types].sort()).toEqual(['ContractRegistered', 'ContractWithdrawn']);
    expect(registry.schemaVersionOf('ContractRegistered')).toBe(1);
    expect(registry.schemaVersionOf('Nope')).toBeUndefined();
    expect(() => createEventRegistry([ContractWithdrawn, ContractWithdrawn])).toThrow(/defined twice/);
  });
});
