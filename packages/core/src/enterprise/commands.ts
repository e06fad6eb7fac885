import { BusinessDate } from '@innoledger/kernel';
import * as t from 'io-ts';
import { RegionId } from '../regions/region';
import { command, commandTypesOf } from '../shared/command';
import { Fen } from '../shared/money';
import { NonEmptyString, PersonId, Year } from '../shared/strings';
import { Uscc } from '../shared/uscc';
import { ApplicationId, CertificateNo, Headcount, InstitutionId, PlacementId, Score } from './ids';

/** Levels of an enterprise R&D institution (企业研发机构), lowest first. */
export const RdInstitutionLevel = t.keyof({ enterprise: null, municipal: null, provincial: null, national: null });
export type RdInstitutionLevel = t.TypeOf<typeof RdInstitutionLevel>;

/** 停产 / 部分复产 / 复工. */
export const ProductionStatus = t.keyof({ halted: null, partial: null, resumed: null });
export type ProductionStatus = t.TypeOf<typeof ProductionStatus>;

/** Grounds for cancelling a high-tech certification (第十六条, 第十九条 of 国科发火〔2016〕32号). */
export const RevocationReason = t.keyof({
  fraud: null,
  'major-accident-or-environmental-violation': null,
  'unreported-change': null,
  'two-missed-annual-reports': null,
  'fails-conditions-on-recheck': null,
});
export type RevocationReason = t.TypeOf<typeof RevocationReason>;

export const RegisterEnterprise = command(
  'RegisterEnterprise',
  t.type({
    uscc: Uscc,
    name: NonEmptyString,
    regionId: RegionId,
    industry: NonEmptyString,
    establishedOn: BusinessDate,
    registeredOn: BusinessDate,
  }),
);

export const RecordAboveScaleStatus = command(
  'RecordAboveScaleStatus',
  t.type({ uscc: Uscc, year: Year, aboveScaleIndustrial: t.boolean, mainRevenue: Fen, recordedOn: BusinessDate }),
);

export const RecordTechSmeEvaluation = command(
  'RecordTechSmeEvaluation',
  t.intersection([
    t.type({
      uscc: Uscc,
      year: Year,
      score: Score,
      employees: Headcount,
      annualSales: Fen,
      totalAssets: Fen,
      evaluatedOn: BusinessDate,
    }),
    t.partial({ registrationNo: NonEmptyString }),
  ]),
);

export const SubmitHighTechApplication = command(
  'SubmitHighTechApplication',
  t.type({ uscc: Uscc, applicationId: ApplicationId, submittedOn: BusinessDate }),
);

export const RecordExpertReview = command(
  'RecordExpertReview',
  t.type({ uscc: Uscc, applicationId: ApplicationId, score: Score, reviewedOn: BusinessDate }),
);

export const StartPublicNotice = command(
  'StartPublicNotice',
  t.type({ uscc: Uscc, applicationId: ApplicationId, startsOn: BusinessDate }),
);

export const RaiseObjection = command(
  'RaiseObjection',
  t.type({ uscc: Uscc, applicationId: ApplicationId, raisedOn: BusinessDate }),
);

export const ResolveObjection = command(
  'ResolveObjection',
  t.type({ uscc: Uscc, applicationId: ApplicationId, upheld: t.boolean, resolvedOn: BusinessDate }),
);

export const CertifyHighTechEnterprise = command(
  'CertifyHighTechEnterprise',
  t.type({ uscc: Uscc, applicationId: ApplicationId, certificateNo: CertificateNo, issuedOn: BusinessDate }),
);

export const RejectHighTechApplication = command(
  'RejectHighTechApplication',
  t.type({ uscc: Uscc, applicationId: ApplicationId, reason: NonEmptyString, rejectedOn: BusinessDate }),
);

export const SubmitAnnualReport = command(
  'SubmitAnnualReport',
  t.type({ uscc: Uscc, year: Year, submittedOn: BusinessDate }),
);

export const RecordMissedAnnualReport = command(
  'RecordMissedAnnualReport',
  t.type({ uscc: Uscc, year: Year, recordedOn: BusinessDate }),
);

export const ReportNameChange = command(
  'ReportNameChange',
  t.type({ uscc: Uscc, newName: NonEmptyString, changedOn: BusinessDate, reportedOn: BusinessDate }),
);

export const RevokeHighTechCertification = command(
  'RevokeHighTechCertification',
  t.type({ uscc: Uscc, reason: RevocationReason, revokedOn: BusinessDate, clawbackFromYear: Year }),
);

export const EstablishRdInstitution = command(
  'EstablishRdInstitution',
  t.type({
    uscc: Uscc,
    institutionId: InstitutionId,
    name: NonEmptyString,
    level: RdInstitutionLevel,
    establishedOn: BusinessDate,
  }),
);

export const PlaceTechVicePresident = command(
  'PlaceTechVicePresident',
  t.type({
    uscc: Uscc,
    placementId: PlacementId,
    personId: PersonId,
    fromOrganisation: NonEmptyString,
    startsOn: BusinessDate,
  }),
);

export const EndTechVicePresidentPlacement = command(
  'EndTechVicePresidentPlacement',
  t.type({ uscc: Uscc, placementId: PlacementId, endsOn: BusinessDate }),
);

export const RecordProductionStatus = command(
  'RecordProductionStatus',
  t.type({ uscc: Uscc, status: ProductionStatus, since: BusinessDate }),
);

/** Every command the Enterprise aggregate accepts, discriminated by its literal `type`. */
export const EnterpriseCommand = t.union([
  RegisterEnterprise,
  RecordAboveScaleStatus,
  RecordTechSmeEvaluation,
  SubmitHighTechApplication,
  RecordExpertReview,
  StartPublicNotice,
  RaiseObjection,
  ResolveObjection,
  CertifyHighTechEnterprise,
  RejectHighTechApplication,
  SubmitAnnualReport,
  RecordMissedAnnualReport,
  ReportNameChange,
  RevokeHighTechCertification,
  EstablishRdInstitution,
  PlaceTechVicePresident,
  EndTechVicePresidentPlacement,
  RecordProductionStatus,
]);
export type EnterpriseCommand = t.TypeOf<typeof EnterpriseCommand>;

/** The command of one type, e.g. `EnterpriseCommandOf<'RegisterEnterprise'>`. */
export type EnterpriseCommandOf<T extends EnterpriseCommand['type']> = Extract<EnterpriseCommand, { type: T }>;

/** Every Enterprise command type, in the union's order. */
export const enterpriseCommandTypes = commandTypesOf(EnterpriseCommand);

/** The `data` of one command type. */
export type EnterpriseCommandData<T extends EnterpriseCommand['type']> = EnterpriseCommandOf<T>['data'];
