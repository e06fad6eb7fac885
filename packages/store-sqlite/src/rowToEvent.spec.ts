import { describe, expect, it } from 'vitest';
import { type EventRow, rowToEvent } from './rowToEvent';

const good: EventRow = {
  global_position: 7,
  stream_id: 'project-1',
  stream_version: 3,
  event_id: '0190a1b2-0000-7000-8000-000000000000',
  type: 'ProjectFunded',
  schema_version: 1,
  data: '{"amount":200000}',
  metadata: '{"actor":"officer-9"}',
  occurred_at: '2020-05-06',
  recorded_at: '2020-05-06T02:00:00.000Z',
  prev_hash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
};

interface Where {
  readonly streamVersion: number | undefined;
  readonly globalPosition: number | undefined;
}

const corruptAt = (path: string, where: Where = { streamVersion: 3, globalPosition: 7 }) => ({
  _tag: 'Left',
  left: { _tag: 'CorruptEvent', streamId: 'project-1', ...where, path, message: expect.any(String) },
});

describe('rowToEvent', () => {
  it('turns a healthy row into a recorded event', () => {
    expect(rowToEvent(good)).toEqual({
      _tag: 'Right',
      right: {
        eventId: good.event_id,
        type: 'ProjectFunded',
        schemaVersion: 1,
        data: { amount: 200000 },
        streamId: 'project-1',
        streamVersion: 3,
        globalPosition: 7,
        occurredAt: '2020-05-06',
        recordedAt: '2020-05-06T02:00:00.000Z',
        metadata: { actor: 'officer-9' },
        prevHash: 'a'.repeat(64),
        hash: 'b'.repeat(64),
      },
    });
  });

  it('keeps JSON null data and any metadata object as stored', () => {
    expect(rowToEvent({ ...good, data: 'null', metadata: '{"custom":1}' })).toMatchObject({
      _tag: 'Right',
      right: { data: null, metadata: { custom: 1 } },
    });
  });

  it.each([
    ['data', { data: '{"amount":' }],
    ['data', { data: 42 }],
    ['metadata', { metadata: '' }],
    ['metadata', { metadata: 'null' }],
    ['metadata', { metadata: '"actor"' }],
    ['eventId', { event_id: null }],
    ['type', { type: 12 }],
    ['occurredAt', { occurred_at: undefined }],
    ['recordedAt', { recorded_at: Buffer.from('2020') }],
    ['prevHash', { prev_hash: 0 }],
    ['hash', { hash: null }],
    ['schemaVersion', { schema_version: '1' }],
    ['schemaVersion', { schema_version: 0 }],
  ] as const)('names %s when it is unreadable (%o)', (path, overrides) => {
    expect(rowToEvent({ ...good, ...overrides })).toEqual(corruptAt(path));
  });

  it('still names what it can when the position or version is damaged', () => {
    expect(rowToEvent({ ...good, global_position: 1.5 })).toEqual(
      corruptAt('globalPosition', { streamVersion: 3, globalPosition: undefined }),
    );
    expect(rowToEvent({ ...good, stream_version: null })).toEqual(
      corruptAt('streamVersion', { streamVersion: undefined, globalPosition: 7 }),
    );
  });

  it('a missing stream id is reported with what the column held', () => {
    expect(rowToEvent({ ...good, stream_id: 5 })).toEqual({
      _tag: 'Left',
      left: {
        _tag: 'CorruptEvent',
        streamId: '5',
        streamVersion: 3,
        globalPosition: 7,
        path: 'streamId',
        message: expect.any(String),
      },
    });
  });
});
