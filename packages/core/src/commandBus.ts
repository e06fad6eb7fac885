import {
  type Command,
  type CommandContext,
  type CommandHandler,
  commandHandler,
  decodeWith,
  type Event,
  type EventStore,
  type HandledCommand,
  type HandleError,
  type InvalidCommand,
  invalidCommand,
} from '@innoledger/kernel';
import { type Either, isLeft, left } from 'fp-ts/lib/Either.js';
import { domainModules } from './domainModules';
import type { AggregateModule } from './shared/aggregateModule';
import { type DomainConfig, defaultDomainConfig } from './shared/domainConfig';

/** Input whose `type` names no command of any aggregate. */
export interface UnknownCommandType {
  readonly _tag: 'UnknownCommandType';
  readonly type: string;
}

export type SendError = UnknownCommandType | InvalidCommand | HandleError<{ readonly _tag: string }>;

/** Sends raw command input (e.g. parsed JSON) to the aggregate that handles its `type`. */
export interface CommandBus {
  send(
    store: EventStore,
    input: unknown,
    context?: CommandContext,
  ): Promise<Either<SendError, HandledCommand<Event, unknown>>>;
}

// biome-ignore lint/suspicious/noExplicitAny: modules differ in their command, event and state types
type AnyModule = AggregateModule<any, any, any, any>;

/**
 * The edge where untrusted input becomes a typed command: decoded by the aggregate's codec (errors
 * name the field path), routed by `type`, and handled by load → decide → append.
 */
export const createCommandBus = (config: DomainConfig = defaultDomainConfig): CommandBus => {
  const routes = new Map<
    string,
    { module: AnyModule; handle: CommandHandler<Command, Event, unknown, { _tag: string }> }
  >();
  for (const module of domainModules as readonly AnyModule[]) {
    const handle = commandHandler({
      decider: module.decider(config),
      registry: module.registry,
      occurredAt: module.occurredAt,
    });
    for (const type of module.commandTypes) routes.set(type, { module, handle });
  }
  return {
    send: async (store, input, context) => {
      const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
      const route = typeof type === 'string' ? routes.get(type) : undefined;
      if (!route) return left({ _tag: 'UnknownCommandType', type: String(type) });
      const decoded = decodeWith(route.module.commands, input);
      if (isLeft(decoded)) return left(invalidCommand(String(type), decoded.left));
      const command = decoded.right as Command;
      return route.handle(store, route.module.streamId(command), command, context);
    },
  };
};
