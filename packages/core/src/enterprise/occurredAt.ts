import type { EnterpriseEvent } from './events';

/** The business date an Enterprise event records: when it happened in the world. */
export const enterpriseOccurredAt = (event: EnterpriseEvent): string => {
  switch (event.type) {
    case 'EnterpriseRegistered':
      return event.data.registeredOn;
    case 'AboveScaleStatusRecorded':
      return event.data.recordedOn;
    case 'TechSmeRegistered':
      return event.data.evaluatedOn;
    case 'HighTechApplicationSubmitted':
      return event.data.submittedOn;
    case 'ExpertReviewPassed':
      return event.data.reviewedOn;
    case 'HighTechApplicationRejected':
      return event.data.rejectedOn;
    case 'PublicNoticeStarted':
      return event.data.startsOn;
    case 'ObjectionRaised':
      return event.data.raisedOn;
    case 'ObjectionResolved':
      return event.data.resolvedOn;
    case 'HighTechEnterpriseCertified':
      return event.data.issuedOn;
    case 'AnnualReportSubmitted':
      return event.data.submittedOn;
    case 'AnnualReportMissed':
      return event.data.recordedOn;
    case 'HighTechCertificationRevoked':
      return event.data.revokedOn;
    case 'EnterpriseRenamed':
      return event.data.reportedOn;
    case 'RdInstitutionEstablished':
      return event.data.establishedOn;
    case 'TechVicePresidentPlaced':
      return event.data.startsOn;
    case 'TechVicePresidentPlacementEnded':
      return event.data.endsOn;
    case 'ProductionStatusRecorded':
      return event.data.since;
  }
};
