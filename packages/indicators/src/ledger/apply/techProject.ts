import type { TechProjectEvent } from '@innoledger/core';
import { addFlowWithBreakdown } from '../flows';
import type { Ledger } from '../ledger';

/** Folds a TechProject event into the ledger. */
export const applyTechProjectEvent = (ledger: Ledger, event: TechProjectEvent): void => {
  const { flows } = ledger;
  switch (event.type) {
    case 'ProjectPlanned': {
      const d = event.data;
      addFlowWithBreakdown(flows, 'projects.planned', d.programmeId, d.regionId, d.plannedOn, 1);
      return;
    }
    case 'ProposalSubmitted': {
      const d = event.data;
      addFlowWithBreakdown(flows, 'projects.proposals', d.programmeId, d.regionId, d.submittedOn, 1);
      ledger.proposals[d.projectId] = { programmeId: d.programmeId, regionId: d.regionId, submittedOn: d.submittedOn };
      return;
    }
    case 'ProjectApproved': {
      const d = event.data;
      addFlowWithBreakdown(flows, 'projects.approved', d.programmeId, d.regionId, d.approvedOn, 1);
      // 向上争取资金: grants approved at provincial level or above, dated by approval.
      if (d.fundingLevel !== 'municipal') {
        addFlowWithBreakdown(
          flows,
          'funding.won_from_higher_levels',
          d.fundingLevel,
          d.regionId,
          d.approvedOn,
          d.grant,
        );
      }
      const proposal = ledger.proposals[d.projectId];
      if (proposal) proposal.decidedOn = d.approvedOn;
      return;
    }
    case 'ProposalRejected': {
      const proposal = ledger.proposals[event.data.projectId];
      if (proposal) proposal.decidedOn = event.data.rejectedOn;
      return;
    }
    case 'AcceptanceRecorded': {
      const d = event.data;
      if (!d.final) return;
      addFlowWithBreakdown(flows, 'projects.accepted', d.outcome, d.regionId, d.decidedOn, 1);
      return;
    }
    default:
      return;
  }
};
