import { describe, expect, it } from 'vitest';
import { decodeClaim } from './commandClaims';

const claim = {
  commandId: 'cmd-1',
  fingerprint: 'f'.repeat(64),
  streamId: 'order-1',
  versionBefore: 3,
  versionAfter: 5,
};

describe('command claims', () => {
  it('reads a stored claim back as the command record', () => {
    expect(decodeClaim(JSON.parse(JSON.stringify(claim)))).toEqual(claim);
    expect(decodeClaim({ ...claim, versionAfter: 3 })).toEqual({ ...claim, versionAfter: 3 });
  });

  it('refuses anything that is not a claim', () => {
    expect(decodeClaim(undefined)).toBeUndefined();
    expect(decodeClaim([claim])).toBeUndefined();
    expect(decodeClaim({ ...claim, commandId: 1 })).toBeUndefined();
    expect(decodeClaim({ ...claim, streamId: undefined })).toBeUndefined();
    expect(decodeClaim({ ...claim, versionBefore: -1 })).toBeUndefined();
    expect(decodeClaim({ ...claim, versionBefore: 1.5 })).toBeUndefined();
    expect(decodeClaim({ ...claim, versionAfter: 2 })).toBeUndefined();
  });
});
