import type { ContractRegistrationEvent } from '@innoledger/core';
import type { Projection } from '@innoledger/kernel';

/** `view[regionId][YYYY-MM][contractType]` = contract amount in fen. */
export type ContractAmountByMonth = Record<string, Record<string, Record<string, number>>>;

const add = (view: ContractAmountByMonth, region: string, date: string, type: string, fen: number) => {
  const month = date.slice(0, 7);
  const byMonth = view[region] ?? {};
  const byType = byMonth[month] ?? {};
  byType[type] = (byType[type] ?? 0) + fen;
  byMonth[month] = byType;
  view[region] = byMonth;
};

/**
 * A user-defined projection: technology-contract amount by contract type, per county, per month.
 * It is an ordinary `Projection`, so the standard runner runs it over any store, with its own
 * checkpoint, as of any moment. Amendments and revocations count in the month they happen, like
 * the standard indicators.
 */
export const contractAmountByMonth: Projection<ContractAmountByMonth, ContractRegistrationEvent> = {
  name: 'example.contract-amount-by-type-county-month',
  version: 1,
  init: () => ({}),
  eventTypes: ['ContractRegistered', 'RegistrationAmended', 'RegistrationRevoked'],
  apply: (view, event) => {
    switch (event.type) {
      case 'ContractRegistered':
        add(view, event.data.sellerRegionId, event.data.registeredOn, event.data.contractType, event.data.grossAmount);
        break;
      case 'RegistrationAmended':
        add(
          view,
          event.data.sellerRegionId,
          event.data.amendedOn,
          event.data.contractType,
          event.data.grossAmount - event.data.previousGrossAmount,
        );
        break;
      case 'RegistrationRevoked':
        add(view, event.data.sellerRegionId, event.data.revokedOn, event.data.contractType, -event.data.grossAmount);
        break;
      default:
        break;
    }
    return view;
  },
};
