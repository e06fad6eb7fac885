import type { ContractRegistrationEvent } from '@innoledger/core';
import { addFlowWithBreakdown } from '../flows';
import type { Ledger } from '../ledger';

/**
 * Contracts count by registration date in the seller's region; an amendment or a revocation takes
 * effect on its own date, so a closed period keeps what was true then.
 */
export const applyContractRegistrationEvent = (ledger: Ledger, event: ContractRegistrationEvent): void => {
  const book = (type: string, region: string, date: string, count: number, gross: number, tech: number) => {
    addFlowWithBreakdown(ledger.flows, 'contracts.count', type, region, date, count);
    addFlowWithBreakdown(ledger.flows, 'contracts.amount', type, region, date, gross);
    addFlowWithBreakdown(ledger.flows, 'contracts.tech_amount', type, region, date, tech);
  };
  switch (event.type) {
    case 'ContractRegistered': {
      const d = event.data;
      book(d.contractType, d.sellerRegionId, d.registeredOn, 1, d.grossAmount, d.techAmount);
      return;
    }
    case 'RegistrationAmended': {
      const d = event.data;
      book(
        d.contractType,
        d.sellerRegionId,
        d.amendedOn,
        0,
        d.grossAmount - d.previousGrossAmount,
        d.techAmount - d.previousTechAmount,
      );
      return;
    }
    case 'RegistrationRevoked': {
      const d = event.data;
      book(d.contractType, d.sellerRegionId, d.revokedOn, -1, -d.grossAmount, -d.techAmount);
      return;
    }
    default:
      return;
  }
};
