import { describe, expect, it } from 'vitest';
import { type EventRow, rowToEvent } from './rows';

const row = (overrides: Partial<EventRow> = {}): EventRow => ({
  global_position: '9007199254740991',
  stream_id: '咸宁-1',
  stream_version: '2',
  event_id: '0190a000-0000-7000-8000-000000000000',
  type: 'Counted',
  schema_version: 1,
  data: '{"n":1,"s":"\\u0000"}',
  metadata: '{"actor":"p-1"}',
  occurred_at: '2020-03-01',
  recorded_at: '2020-03-01T01:00:00.000Z',
  prev_hash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
  ...overrides,
});

describe('rowToEvent', () => {
  it('turns bigint strings into numbers and parses the JSON columns', () => {
    expect(rowToEvent(row())).toEqual({
      _tag: 'Right',
      right: {
        eventId: '0190a000-0000-7000-8000-000000000000',
        type: 'Counted',
        schemaVersion: 1,
        data: { n: 1, s: '\u0000' },
        streamId: '咸宁-1',
        streamVersion: 2,
        globalPosition: Number.MAX_SAFE_INTEGER,
        occurredAt: '2020-03-01',
        recordedAt: '2020-03-01T01:00:00.000Z',
        metadata: { actor: 'p-1' },
        prevHash: 'a'.repeat(64),
        hash: 'b'.repeat(64),
      },
    });
  });

  it('names stream, version, position and path of what cannot be read', () => {
    const where = {
      _tag: 'CorruptEvent',
      streamId: '咸宁-1',
      streamVersion: 2,
      globalPosition: Number.MAX_SAFE_INTEGER,
    };
    expect(rowToEvent(row({ data: '{' }))).toMatchObject({ _tag: 'Left', left: { ...where, path: 'data' } });
    expect(rowToEvent(row({ metadata: '"text"' }))).toMatchObject({
      _tag: 'Left',
      left: { ...where, path: 'metadata' },
    });
    expect(rowToEvent(row({ type: '' }))).toMatchObject({ _tag: 'Left', left: { ...where, path: 'type' } });
  });
});
