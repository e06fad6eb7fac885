// A tiny account decider for the kernel's own tests: small enough to read at a glance, with a
// rejection, a codec that can fail, and a state that snapshots as plain JSON.
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import type { CommandHandlerConfig } from '../decider/commandHandler';
import type { Decider } from '../decider/decider';
import { createEventRegistry, defineEvent, type EventOf } from '../events/registry';

const Amount = t.brand(
  t.number,
  (n): n is t.Branded<number, { readonly Amount: unique symbol }> => Number.isSafeInteger(n) && n > 0,
  'Amount',
);

export const LedgerEvents = [
  defineEvent('AccountOpened', t.type({ owner: t.string })),
  defineEvent('Deposited', t.type({ amount: Amount })),
  defineEvent('Withdrawn', t.type({ amount: Amount })),
] as const;
export type LedgerEvent = EventOf<(typeof LedgerEvents)[number]>;

export type LedgerCommand =
  | { readonly type: 'Open'; readonly data: { readonly owner: string; readonly on: string } }
  | { readonly type: 'Deposit'; readonly data: { readonly amount: number; readonly on: string } }
  | { readonly type: 'Withdraw'; readonly data: { readonly amount: number; readonly on: string } };

export interface LedgerState {
  readonly open: boolean;
  readonly balance: number;
  readonly movements: number;
}

export type LedgerRejection =
  | { readonly _tag: 'AccountAlreadyOpen' }
  | { readonly _tag: 'AccountNotOpen' }
  | { readonly _tag: 'InsufficientFunds'; readonly balance: number; readonly amount: number };

const decide = (command: LedgerCommand, state: LedgerState): Either<LedgerRejection, LedgerEvent[]> => {
  switch (command.type) {
    case 'Open':
      return state.open
        ? left({ _tag: 'AccountAlreadyOpen' })
        : right([{ type: 'AccountOpened', data: { owner: command.data.owner } }]);
    case 'Deposit':
      if (!state.open) return left({ _tag: 'AccountNotOpen' });
      return right([{ type: 'Deposited', data: { amount: command.data.amount } } as LedgerEvent]);
    case 'Withdraw':
      if (!state.open) return left({ _tag: 'AccountNotOpen' });
      if (command.data.amount > state.balance)
        return left({ _tag: 'InsufficientFunds', balance: state.balance, amount: command.data.amount });
      return right([{ type: 'Withdrawn', data: { amount: command.data.amount } } as LedgerEvent]);
  }
};

const evolve = (state: LedgerState, event: LedgerEvent): LedgerState => {
  switch (event.type) {
    case 'AccountOpened':
      return { ...state, open: true };
    case 'Deposited':
      return { ...state, balance: state.balance + event.data.amount, movements: state.movements + 1 };
    case 'Withdrawn':
      return { ...state, balance: state.balance - event.data.amount, movements: state.movements + 1 };
  }
};

export const ledgerDecider: Decider<LedgerCommand, LedgerEvent, LedgerState, LedgerRejection> = {
  initialState: { open: false, balance: 0, movements: 0 },
  decide,
  evolve,
};

export const ledgerRegistry = createEventRegistry(LedgerEvents);

export const ledgerConfig: CommandHandlerConfig<LedgerCommand, LedgerEvent, LedgerState, LedgerRejection> = {
  decider: ledgerDecider,
  registry: ledgerRegistry,
  occurredAt: (_event, command) => command.data.on,
};

export const open = (owner = 'person-1', on = '2020-03-02'): LedgerCommand => ({ type: 'Open', data: { owner, on } });
export const deposit = (amount: number, on = '2020-03-03'): LedgerCommand => ({
  type: 'Deposit',
  data: { amount, on },
});
export const withdraw = (amount: number, on = '2020-03-04'): LedgerCommand => ({
  type: 'Withdraw',
  data: { amount, on },
});

/** What the command handler answers for a withdrawal above the balance. */
export const refusedWithdrawal = (streamId: string, balance: number, amount: number) => ({
  _tag: 'Left',
  left: { _tag: 'CommandRejected', streamId, rejection: { _tag: 'InsufficientFunds', balance, amount } },
});
