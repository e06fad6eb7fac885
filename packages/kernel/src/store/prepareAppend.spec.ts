import { describe, expect, it } from 'vitest';
import type { EventToAppend } from '../events/event';
import { seededUuidV7 } from '../ids/eventIds';
import { SimulatedClock } from '../time/clock';
import { EMPTY_HEAD, type PrepareContext, prepareAppend } from './prepareAppend';

const context = (overrides: Partial<PrepareContext> = {}): PrepareContext => {
  const clock = new SimulatedClock('2020-06-01T00:00:00.000Z');
  return {
    head: EMPTY_HEAD,
    nextGlobalPosition: 1,
    lastRecordedAt: undefined,
    clock,
    newEventId: seededUuidV7(1, clock),
    ...overrides,
  };
};

const event = (data: unknown): EventToAppend => ({ type: 'Happened', data, occurredAt: '2020-06-01' });

describe('prepareAppend', () => {
  it('writes the path of a bad value inside array data as data[i]', () => {
    expect(prepareAppend('s', [event([1, Number.NaN])], context())).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'InvalidEvent', index: 0, path: 'data[1]' },
    });
    expect(prepareAppend('s', [event({ rows: [[0, () => 1]] })], context())).toMatchObject({
      left: { path: 'data.rows[0][1]' },
    });
  });

  it('keeps recordedAt from going backwards when the clock does', () => {
    const prepared = prepareAppend('s', [event(1)], context({ lastRecordedAt: '2020-07-01T00:00:00.000Z' }));
    expect(prepared._tag === 'Right' && prepared.right.events[0]?.recordedAt).toBe('2020-07-01T00:00:00.000Z');
  });

  it('stores the canonical text it hashed, and data parsed back from it', () => {
    const prepared = prepareAppend('s', [event({ b: 1, a: [true, null], gone: undefined })], context());
    expect(prepared).toMatchObject({
      _tag: 'Right',
      right: {
        events: [{ data: { a: [true, null], b: 1 } }],
        dataJson: ['{"a":[true,null],"b":1}'],
        metadataJson: ['{}'],
      },
    });
  });

  it('refuses an append whose payload exceeds maxAppendBytes, naming the event that crosses it', () => {
    const ctx = context({ maxAppendBytes: 100 });
    const small = event({ text: 'x'.repeat(30) }); // 41 bytes of data, 2 of metadata
    expect(prepareAppend('s', [small, small], ctx)._tag).toBe('Right');
    expect(prepareAppend('s', [small, small, small], ctx)).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'InvalidEvent', streamId: 's', index: 2, path: 'data' },
    });
    // Counted in UTF-8 bytes: 34 Chinese characters are 102 bytes.
    expect(prepareAppend('s', [event('咸'.repeat(34))], ctx)).toMatchObject({ _tag: 'Left', left: { index: 0 } });
  });
});
