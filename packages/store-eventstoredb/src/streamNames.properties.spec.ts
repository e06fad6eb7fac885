import { RESERVED_STREAM_PREFIX } from '@innoledger/kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { streamNaming } from './streamNames';

// Stream ids biased towards the prefixes that need care.
const streamId = fc
  .tuple(
    fc.constantFrom(
      '',
      '$',
      '~',
      '~~',
      'innoledger-',
      'innoledger-reserved-',
      RESERVED_STREAM_PREFIX,
      '$$',
      'innoledger-ns-a/',
    ),
    fc.string({ unit: 'grapheme' }),
  )
  .map(([prefix, rest]) => (prefix + rest).replaceAll('\u0000', ''))
  .filter((id) => id.length > 0);

const namings = [streamNaming(), streamNaming('a'), streamNaming('tenant.2')];

describe('stream naming properties', () => {
  it('every stream id has one server name that classifies back to it', () => {
    fc.assert(
      fc.property(streamId, (id) => {
        for (const naming of namings) {
          const server = naming.toServer(id);
          expect(server.startsWith('$')).toBe(false);
          expect(naming.classify(server)).toEqual({ kind: 'events', streamId: id });
        }
      }),
    );
  });

  it('distinct stream ids get distinct server names', () => {
    fc.assert(
      fc.property(streamId, streamId, (a, b) => {
        fc.pre(a !== b);
        for (const naming of namings) expect(naming.toServer(a)).not.toBe(naming.toServer(b));
      }),
    );
  });

  it('bookkeeping streams never count as history', () => {
    fc.assert(
      fc.property(fc.string(), streamId, fc.nat(), (name, id, version) => {
        for (const naming of namings) {
          expect(naming.isHistory(naming.command(name))).toBe(false);
          expect(naming.isHistory(naming.snapshot(id, name))).toBe(false);
          expect(naming.isHistory(naming.projection(name, version))).toBe(false);
        }
      }),
    );
  });
});
