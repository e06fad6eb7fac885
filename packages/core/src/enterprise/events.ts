import { BusinessDate, createEventRegistry, defineEvent, type EventOf, type EventRegistry } from '@innoledger/kernel';
import * as t from 'io-ts';
import { RegionId } from '../regions/region';
import { Fen } from '../shared/money';
import { NonEmptyString, PersonId, Year } from '../shared/strings';
import { Uscc } from '../shared/uscc';
import { ProductionStatus, RdInstitutionLevel, RevocationReason } from './commands';
import { ApplicationId, CertificateNo, Headcount, InstitutionId, PlacementId, Score } from './ids';

// Every event names its enterprise and region, so projections can count it without the aggregate.
const about = { uscc: Uscc, regionId: RegionId };
const data = <P extends t.Props>(props: P, name: string) => t.type({ ...about, ...props }, name);
const withOptional = <P extends t.Props, O extends t.Props>(props: P, optional: O, name: string) =>
  t.intersection([t.type({ ...about, ...props }), t.partial(optional)], name);

export const EnterpriseRegisteredData = t.type(
  {
    uscc: Uscc,
    name: NonEmptyString,
    regionId: RegionId,
    industry: NonEmptyString,
    establishedOn: BusinessDate,
    registeredOn: BusinessDate,
  },
  'EnterpriseRegisteredData',
);

/** `correction` is true when it supersedes an earlier record for the same year. */
export const AboveScaleStatusRecordedData = data(
  { year: Year, aboveScaleIndustrial: t.boolean, mainRevenue: Fen, recordedOn: BusinessDate, correction: t.boolean },
  'AboveScaleStatusRecordedData',
);

export const TechSmeRegisteredData = withOptional(
  {
    year: Year,
    score: Score,
    employees: Headcount,
    annualSales: Fen,
    totalAssets: Fen,
    evaluatedOn: BusinessDate,
  },
  { registrationNo: NonEmptyString },
  'TechSmeRegisteredData',
);

export const HighTechApplicationSubmittedData = data(
  { applicationId: ApplicationId, submittedOn: BusinessDate },
  'HighTechApplicationSubmittedData',
);

export const ExpertReviewPassedData = data(
  { applicationId: ApplicationId, score: Score, reviewedOn: BusinessDate },
  'ExpertReviewPassedData',
);

/** `score` is present when the expert review failed the application. */
export const HighTechApplicationRejectedData = withOptional(
  { applicationId: ApplicationId, reason: NonEmptyString, rejectedOn: BusinessDate },
  { score: Score },
  'HighTechApplicationRejectedData',
);

export const PublicNoticeStartedData = data(
  { applicationId: ApplicationId, startsOn: BusinessDate, endsOn: BusinessDate },
  'PublicNoticeStartedData',
);

export const ObjectionRaisedData = data(
  { applicationId: ApplicationId, raisedOn: BusinessDate },
  'ObjectionRaisedData',
);

export const ObjectionResolvedData = data(
  { applicationId: ApplicationId, upheld: t.boolean, resolvedOn: BusinessDate },
  'ObjectionResolvedData',
);

/** `supersedesCertificateNo`: the certificate in its final year that this one replaces from `issuedOn`. */
export const HighTechEnterpriseCertifiedData = withOptional(
  { applicationId: ApplicationId, certificateNo: CertificateNo, issuedOn: BusinessDate, validUntil: BusinessDate },
  { supersedesCertificateNo: CertificateNo },
  'HighTechEnterpriseCertifiedData',
);

export const AnnualReportSubmittedData = data(
  { certificateNo: CertificateNo, year: Year, submittedOn: BusinessDate, dueOn: BusinessDate, late: t.boolean },
  'AnnualReportSubmittedData',
);

/** `missedCount`: missed reports of this certificate so far, this one included. */
export const AnnualReportMissedData = data(
  { certificateNo: CertificateNo, year: Year, recordedOn: BusinessDate, missedCount: t.Int },
  'AnnualReportMissedData',
);

export const HighTechCertificationRevokedData = data(
  { certificateNo: CertificateNo, reason: RevocationReason, revokedOn: BusinessDate, clawbackFromYear: Year },
  'HighTechCertificationRevokedData',
);

/** `certificateNo`: the certificate in force when reported; its number and validity are unchanged. */
export const EnterpriseRenamedData = withOptional(
  { previousName: NonEmptyString, newName: NonEmptyString, changedOn: BusinessDate, reportedOn: BusinessDate },
  { certificateNo: CertificateNo },
  'EnterpriseRenamedData',
);

export const RdInstitutionEstablishedData = data(
  { institutionId: InstitutionId, name: NonEmptyString, level: RdInstitutionLevel, establishedOn: BusinessDate },
  'RdInstitutionEstablishedData',
);

export const TechVicePresidentPlacedData = data(
  { placementId: PlacementId, personId: PersonId, fromOrganisation: NonEmptyString, startsOn: BusinessDate },
  'TechVicePresidentPlacedData',
);

export const TechVicePresidentPlacementEndedData = data(
  { placementId: PlacementId, personId: PersonId, endsOn: BusinessDate },
  'TechVicePresidentPlacementEndedData',
);

export const ProductionStatusRecordedData = data(
  { status: ProductionStatus, since: BusinessDate },
  'ProductionStatusRecordedData',
);

export const EnterpriseRegistered = defineEvent('EnterpriseRegistered', EnterpriseRegisteredData);
export const AboveScaleStatusRecorded = defineEvent('AboveScaleStatusRecorded', AboveScaleStatusRecordedData);
export const TechSmeRegistered = defineEvent('TechSmeRegistered', TechSmeRegisteredData);
export const HighTechApplicationSubmitted = defineEvent(
  'HighTechApplicationSubmitted',
  HighTechApplicationSubmittedData,
);
export const ExpertReviewPassed = defineEvent('ExpertReviewPassed', ExpertReviewPassedData);
export const HighTechApplicationRejected = defineEvent('HighTechApplicationRejected', HighTechApplicationRejectedData);
export const PublicNoticeStarted = defineEvent('PublicNoticeStarted', PublicNoticeStartedData);
export const ObjectionRaised = defineEvent('ObjectionRaised', ObjectionRaisedData);
export const ObjectionResolved = defineEvent('ObjectionResolved', ObjectionResolvedData);
export const HighTechEnterpriseCertified = defineEvent('HighTechEnterpriseCertified', HighTechEnterpriseCertifiedData);
export const AnnualReportSubmitted = defineEvent('AnnualReportSubmitted', AnnualReportSubmittedData);
export const AnnualReportMissed = defineEvent('AnnualReportMissed', AnnualReportMissedData);
export const HighTechCertificationRevoked = defineEvent(
  'HighTechCertificationRevoked',
  HighTechCertificationRevokedData,
);
export const EnterpriseRenamed = defineEvent('EnterpriseRenamed', EnterpriseRenamedData);
export const RdInstitutionEstablished = defineEvent('RdInstitutionEstablished', RdInstitutionEstablishedData);
export const TechVicePresidentPlaced = defineEvent('TechVicePresidentPlaced', TechVicePresidentPlacedData);
export const TechVicePresidentPlacementEnded = defineEvent(
  'TechVicePresidentPlacementEnded',
  TechVicePresidentPlacementEndedData,
);
export const ProductionStatusRecorded = defineEvent('ProductionStatusRecorded', ProductionStatusRecordedData);

/** The Enterprise event definitions (`AggregateModule.events`), each typed with its own data. */
export const enterpriseEventDefinitions = [
  EnterpriseRegistered,
  AboveScaleStatusRecorded,
  TechSmeRegistered,
  HighTechApplicationSubmitted,
  ExpertReviewPassed,
  HighTechApplicationRejected,
  PublicNoticeStarted,
  ObjectionRaised,
  ObjectionResolved,
  HighTechEnterpriseCertified,
  AnnualReportSubmitted,
  AnnualReportMissed,
  HighTechCertificationRevoked,
  EnterpriseRenamed,
  RdInstitutionEstablished,
  TechVicePresidentPlaced,
  TechVicePresidentPlacementEnded,
  ProductionStatusRecorded,
] as const;

/** Every event of the Enterprise aggregate. */
export type EnterpriseEvent = EventOf<(typeof enterpriseEventDefinitions)[number]>;
export type EnterpriseEventOf<T extends EnterpriseEvent['type']> = Extract<EnterpriseEvent, { type: T }>;

export const enterpriseEventRegistry: EventRegistry<EnterpriseEvent> = createEventRegistry(enterpriseEventDefinitions);
