import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, type Envelope, encodeEnvelope } from './envelope';

const metadata = fc.record(
  {
    actor: fc.string(),
    commandId: fc.string(),
    correlationId: fc.string(),
    causationId: fc.string(),
    source: fc.string(),
  },
  { requiredKeys: [] },
);

const envelope: fc.Arbitrary<Envelope> = fc
  .record({
    eventId: fc.uuid(),
    schemaVersion: fc.integer({ min: 1, max: 1000 }),
    occurredAt: fc.constantFrom('2020-01-01', '2020-07-31', '2021-12-31'),
    recordedAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    prevHash: fc.stringMatching(/^[0-9a-f]{64}$/),
    hash: fc.stringMatching(/^[0-9a-f]{64}$/),
    metadata,
    command: fc.option(fc.string(), { nil: undefined }),
  })
  .map(({ command, ...rest }) => (command === undefined ? rest : { ...rest, command }));

/** What the metadata goes through: the client stringifies it, the server keeps bytes, the client parses. */
const overTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('envelope encoding', () => {
  it('decodes what it encodes, after the JSON round trip through the server', () => {
    fc.assert(
      fc.property(envelope, (e) => {
        expect(decodeEnvelope(overTheWire(encodeEnvelope(e)))).toEqual({ _tag: 'Right', right: e });
      }),
    );
  });

  it("repeats correlation and causation ids under the server's own keys", () => {
    fc.assert(
      fc.property(envelope, (e) => {
        const stored = encodeEnvelope(e);
        expect(stored.$correlationId).toBe(e.metadata.correlationId);
        expect(stored.$causationId).toBe(e.metadata.causationId);
      }),
    );
  });
});
