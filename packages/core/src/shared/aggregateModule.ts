import type { AnyEventDefinition, Command, Decider, Event, EventRegistry } from '@innoledger/kernel';
import type * as t from 'io-ts';
import type { DomainConfig } from './domainConfig';

/**
 * Everything the outside world needs to drive one aggregate: its command codec (the edge where
 * raw input is decoded), its events, its decider, and how a command maps to a stream and an event
 * to its business date. The example, the CLI and imports all go through this one shape.
 */
export interface AggregateModule<C extends Command, E extends Event, S, R extends { readonly _tag: string }> {
  /** Stream-id prefix and display name, e.g. `enterprise`. */
  readonly name: string;
  // biome-ignore lint/suspicious/noExplicitAny: commands arrive as JSON of any shape
  readonly commands: t.Type<C, any, unknown>;
  readonly commandTypes: readonly C['type'][];
  /** The event definitions, each typed with its own data (what `registry` was built from). */
  readonly events: readonly AnyEventDefinition[];
  readonly registry: EventRegistry<E>;
  readonly decider: (config: DomainConfig) => Decider<C, E, S, R>;
  /** The stream a command addresses, e.g. `enterprise-91421200MA4F0EXAMPLE`. */
  readonly streamId: (command: C) => string;
  /** The business date (`YYYY-MM-DD`) an event records. */
  readonly occurredAt: (event: E, command: C) => string;
}
