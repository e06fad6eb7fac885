import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope, recordedAtOf } from './envelope';

const good = encodeEnvelope({
  eventId: '01890a5d-ac96-774b-bcce-b302099a8057',
  schemaVersion: 2,
  occurredAt: '2020-03-31',
  recordedAt: '2020-04-15T02:00:00.000Z',
  prevHash: '0'.repeat(64),
  hash: 'a'.repeat(64),
  metadata: { actor: 'user-7', source: '咸科发〔2020〕3号' },
});

const problem = (raw: unknown) => {
  const decoded = decodeEnvelope(raw);
  return decoded._tag === 'Left' ? decoded.left : undefined;
};

describe('envelope decoding refuses what this adapter did not write', () => {
  it('names the field that is wrong', () => {
    expect(problem(undefined)).toEqual({ path: 'metadata', message: 'is not a JSON object written by innoledger' });
    expect(problem(new Uint8Array([123, 98]))?.path).toBe('metadata');
    expect(problem({ ...good, innoledger: 2 })?.path).toBe('metadata.innoledger');
    expect(problem({ ...good, hash: 7 })).toEqual({ path: 'metadata.hash', message: 'must be a string' });
    expect(problem({ ...good, eventId: undefined })?.path).toBe('metadata.eventId');
    expect(problem({ ...good, schemaVersion: 0 })?.path).toBe('metadata.schemaVersion');
    expect(problem({ ...good, schemaVersion: '1' })?.path).toBe('metadata.schemaVersion');
    expect(problem({ ...good, command: 5 })?.path).toBe('metadata.command');
    expect(problem({ ...good, metadata: [] })?.path).toBe('metadata.metadata');
    expect(problem({ ...good, metadata: { actor: 3 } })).toEqual({
      path: 'metadata.metadata.actor',
      message: 'must be a string',
    });
  });

  it('ignores keys a later format may add', () => {
    const decoded = decodeEnvelope({ ...good, somethingNew: true });
    expect(decoded._tag).toBe('Right');
  });

  it('reads recordedAt cheaply for the catch-up scan', () => {
    expect(recordedAtOf(good)).toBe('2020-04-15T02:00:00.000Z');
    expect(recordedAtOf({})).toBeUndefined();
    expect(recordedAtOf(new Uint8Array(1))).toBeUndefined();
  });
});
