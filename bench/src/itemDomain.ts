import { left, right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import {
  BusinessDate,
  type Command,
  createEventRegistry,
  type Decider,
  defineEvent,
  type EventOf,
} from '../../packages/kernel/src/index';
import type { ItemData } from './workload';

/** The benchmark's one event: a tagged type with an io-ts codec, as the domain's events are. */
export const ItemRecordedData = t.type({
  n: t.number,
  amountFen: t.number,
  region: t.string,
  on: BusinessDate,
  ref: t.string,
  note: t.string,
});

const definitions = [defineEvent('ItemRecorded', ItemRecordedData)];
export const itemRegistry = createEventRegistry(definitions);
export type ItemEvent = EventOf<(typeof definitions)[number]>;

export interface RecordItems extends Command<'RecordItems', { expectedVersion: number; items: readonly ItemData[] }> {}

export interface ItemState {
  readonly version: number;
  readonly totalFen: number;
}

export interface VersionMismatch {
  readonly _tag: 'VersionMismatch';
  readonly expected: number;
  readonly found: number;
}

/** Checks the command's expected version against the folded state and emits its items. */
export const itemDecider: Decider<RecordItems, ItemEvent, ItemState, VersionMismatch> = {
  initialState: { version: 0, totalFen: 0 },
  decide: (command, state) =>
    state.version !== command.data.expectedVersion
      ? left({ _tag: 'VersionMismatch', expected: command.data.expectedVersion, found: state.version })
      : right(command.data.items.map((data) => ({ type: 'ItemRecorded' as const, data: data as ItemEvent['data'] }))),
  evolve: (state, event) => ({ version: state.version + 1, totalFen: state.totalFen + event.data.amountFen }),
};

export const itemOccurredAt = (event: ItemEvent): string => event.data.on;
