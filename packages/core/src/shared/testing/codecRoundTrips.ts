// The codec round-trip properties every aggregate's events.properties.spec.ts runs, written once.
import type { AnyEventDefinition, Event, EventRegistry } from '@innoledger/kernel';
import fc from 'fast-check';
import { right } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { expect, it } from 'vitest';
import { registryRoundTrip, roundTrip } from './roundTrip';

export interface CodecRoundTrips<C extends { readonly type: string }, E extends Event> {
  /**
   * The module's command codec: the union (whose members each decode one type, so a round trip
   * through the union also runs the type's own codec), or the one command codec when there is one.
   */
  readonly commands: t.Type<C, unknown, unknown>;
  readonly commandTypes: readonly string[];
  /** A generator per command type. */
  readonly commandArbitraries: Readonly<Record<string, fc.Arbitrary<C>>>;
  readonly definitions: readonly AnyEventDefinition[];
  /** A generator per event type. */
  readonly eventArbitraries: Readonly<Record<string, fc.Arbitrary<E>>>;
  readonly registry: EventRegistry<E>;
  /** Runs per property (fast-check's default, 100, when absent). */
  readonly numRuns?: number;
}

/**
 * Registers, inside the caller's `describe`: a check that every command and event type has a
 * generator, then per command type that `decode(encode(x))` equals x through JSON text with the
 * module's command codec, and per event type the same with its definition's codec and through the
 * registry as a store hands the event back.
 */
export const codecRoundTrips = <C extends { readonly type: string }, E extends Event>(
  spec: CodecRoundTrips<C, E>,
): void => {
  const parameters = spec.numRuns === undefined ? {} : { numRuns: spec.numRuns };

  it('has a generator for every command type and every event type', () => {
    expect(Object.keys(spec.commandArbitraries).sort()).toEqual([...spec.commandTypes].sort());
    expect(Object.keys(spec.eventArbitraries).sort()).toEqual(spec.definitions.map((d) => d.type).sort());
  });

  for (const type of spec.commandTypes) {
    it(`command ${type}: decode(encode(x)) equals x through JSON`, () => {
      const arbitrary = spec.commandArbitraries[type];
      if (arbitrary === undefined) throw new Error(`no arbitrary for ${type}`);
      fc.assert(
        fc.property(arbitrary, (command) => {
          expect(command.type).toBe(type);
          expect(roundTrip(spec.commands, command)).toEqual(right(command));
        }),
        parameters,
      );
    });
  }

  for (const definition of spec.definitions) {
    it(`event ${definition.type}: decode(encode(x)) equals x through JSON, alone and through the registry`, () => {
      const arbitrary = spec.eventArbitraries[definition.type];
      if (arbitrary === undefined) throw new Error(`no arbitrary for ${definition.type}`);
      fc.assert(
        fc.property(arbitrary, (event) => {
          expect(event.type).toBe(definition.type);
          expect(roundTrip(definition.codec, event.data)).toEqual(right(event.data));
          expect(registryRoundTrip(spec.registry, event)).toEqual(right(event.data));
        }),
        parameters,
      );
    });
  }
};
