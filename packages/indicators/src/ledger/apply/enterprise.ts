import type { EnterpriseEvent } from '@innoledger/core';
import { addFlow } from '../flows';
import type { EnterpriseFact, Ledger } from '../ledger';

const enterpriseOf = (ledger: Ledger, uscc: string, regionId: string): EnterpriseFact => {
  const known = ledger.enterprises[uscc];
  if (known) return known;
  const fact: EnterpriseFact = { regionId, certificates: [], aboveScale: {}, production: [] };
  ledger.enterprises[uscc] = fact;
  return fact;
};

/** Folds an Enterprise event into the ledger (mutating it: the ledger belongs to its run). */
export const applyEnterpriseEvent = (ledger: Ledger, event: EnterpriseEvent): void => {
  const d = event.data;
  switch (event.type) {
    case 'EnterpriseRegistered':
      enterpriseOf(ledger, d.uscc, d.regionId);
      return;
    case 'AboveScaleStatusRecorded':
      enterpriseOf(ledger, d.uscc, d.regionId).aboveScale[String(event.data.year)] = event.data.aboveScaleIndustrial;
      return;
    case 'TechSmeRegistered':
      addFlow(ledger.flows, 'tech_sme.registered', d.regionId, event.data.evaluatedOn, 1);
      return;
    case 'HighTechApplicationSubmitted':
      addFlow(ledger.flows, 'hte.applications', d.regionId, event.data.submittedOn, 1);
      return;
    case 'HighTechEnterpriseCertified': {
      const { certificateNo, issuedOn, validUntil } = event.data;
      enterpriseOf(ledger, d.uscc, d.regionId).certificates.push({ no: certificateNo, issuedOn, validUntil });
      addFlow(ledger.flows, 'hte.newly_certified', d.regionId, issuedOn, 1);
      return;
    }
    case 'HighTechCertificationRevoked': {
      const certificate = enterpriseOf(ledger, d.uscc, d.regionId).certificates.find(
        (c) => c.no === event.data.certificateNo,
      );
      if (certificate) certificate.revokedOn = event.data.revokedOn;
      return;
    }
    case 'ProductionStatusRecorded':
      enterpriseOf(ledger, d.uscc, d.regionId).production.push({ status: event.data.status, since: event.data.since });
      return;
    default:
      return;
  }
};
