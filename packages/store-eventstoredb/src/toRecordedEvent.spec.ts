import { describe, expect, it } from 'vitest';
import { encodeEnvelope } from './envelope';
import { type ServerRecord, toRecordedEvent } from './toRecordedEvent';

const metadata = encodeEnvelope({
  eventId: '01890a5d-ac96-774b-bcce-b302099a8057',
  schemaVersion: 1,
  occurredAt: '2020-05-20',
  recordedAt: '2020-05-21T01:00:00.000Z',
  prevHash: '0'.repeat(64),
  hash: 'b'.repeat(64),
  metadata: { actor: 'clerk-3' },
  command: 'cmd-9',
});

const record = (overrides: Partial<ServerRecord> = {}): ServerRecord => ({
  type: 'ContractRegistered',
  revision: 4n,
  isJson: true,
  data: { contractId: 'HT-2020-001', amountFen: 12_000_000 },
  metadata,
  ...overrides,
});

describe('server record → recorded event', () => {
  it('takes type, data and version from the server and the rest from the envelope', () => {
    expect(toRecordedEvent(record(), 'contract-HT-2020-001', 17)).toEqual({
      _tag: 'Right',
      right: {
        eventId: '01890a5d-ac96-774b-bcce-b302099a8057',
        type: 'ContractRegistered',
        schemaVersion: 1,
        data: { contractId: 'HT-2020-001', amountFen: 12_000_000 },
        streamId: 'contract-HT-2020-001',
        streamVersion: 5,
        globalPosition: 17,
        occurredAt: '2020-05-20',
        recordedAt: '2020-05-21T01:00:00.000Z',
        metadata: { actor: 'clerk-3' },
        prevHash: '0'.repeat(64),
        hash: 'b'.repeat(64),
      },
    });
  });

  it('reports a record without our envelope as a corrupt event with stream, version and position', () => {
    expect(toRecordedEvent(record({ metadata: undefined }), 's', 3)).toEqual({
      _tag: 'Left',
      left: {
        _tag: 'CorruptEvent',
        streamId: 's',
        streamVersion: 5,
        globalPosition: 3,
        path: 'metadata',
        message: 'is not a JSON object written by innoledger',
      },
    });
  });

  it('reports binary data, a missing payload or an empty type', () => {
    const pathOf = (r: ServerRecord) => {
      const decoded = toRecordedEvent(r, 's', 1);
      return decoded._tag === 'Left' ? decoded.left.path : undefined;
    };
    expect(pathOf(record({ isJson: false, data: new Uint8Array([1, 2]) }))).toBe('data');
    expect(pathOf(record({ data: undefined }))).toBe('data');
    expect(pathOf(record({ type: '' }))).toBe('type');
    expect(pathOf(record({ metadata: { ...metadata, prevHash: null } }))).toBe('metadata.prevHash');
  });
});
