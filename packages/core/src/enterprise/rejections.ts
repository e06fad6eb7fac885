import type { UnknownRegion } from '../shared/rejections';
import type { ApplicationStage } from './state';

// Each rejection names the enterprise and carries the facts that caused it.
interface About {
  readonly uscc: string;
}

export interface EnterpriseNotRegistered extends About {
  readonly _tag: 'EnterpriseNotRegistered';
}
export interface EnterpriseAlreadyRegistered extends About {
  readonly _tag: 'EnterpriseAlreadyRegistered';
  readonly registeredOn: string;
}
/** A date precedes one it must follow; `path` is the command field, `notBefore` the earliest allowed. */
export interface DateOutOfOrder extends About {
  readonly _tag: 'DateOutOfOrder';
  readonly path: string;
  readonly date: string;
  readonly notBefore: string;
}
/** No rule of this name was in force on the command's date. */
export interface NoRuleInForce extends About {
  readonly _tag: 'NoRuleInForce';
  readonly rule: 'high-tech' | 'tech-sme' | 'above-scale-threshold';
  readonly date: string;
}
export interface MainRevenueBelowAboveScaleThreshold extends About {
  readonly _tag: 'MainRevenueBelowAboveScaleThreshold';
  readonly year: number;
  readonly mainRevenue: number;
  readonly threshold: number;
}
export interface AboveScaleStatusUnchanged extends About {
  readonly _tag: 'AboveScaleStatusUnchanged';
  readonly year: number;
}
export type TechSmeCriterion = 'score' | 'employees' | 'annualSales' | 'totalAssets';
export interface TechSmeCriteriaNotMet extends About {
  readonly _tag: 'TechSmeCriteriaNotMet';
  readonly year: number;
  /** Each failing criterion with the command's value and the limit it missed (minimum for score). */
  readonly failing: readonly { readonly criterion: TechSmeCriterion; readonly value: number; readonly limit: number }[];
}
export interface TechSmeAlreadyRegistered extends About {
  readonly _tag: 'TechSmeAlreadyRegistered';
  readonly year: number;
  readonly evaluatedOn: string;
}
export interface EnterpriseTooYoung extends About {
  readonly _tag: 'EnterpriseTooYoung';
  readonly establishedOn: string;
  readonly submittedOn: string;
  readonly eligibleFrom: string;
}
export interface ApplicationAlreadyPending extends About {
  readonly _tag: 'ApplicationAlreadyPending';
  readonly pendingApplicationId: string;
}
export interface ApplicationIdAlreadyUsed extends About {
  readonly _tag: 'ApplicationIdAlreadyUsed';
  readonly applicationId: string;
}
export interface ApplicationInRevocationYear extends About {
  readonly _tag: 'ApplicationInRevocationYear';
  readonly revokedOn: string;
  readonly submittedOn: string;
}
export interface CertificateStillInForce extends About {
  readonly _tag: 'CertificateStillInForce';
  readonly certificateNo: string;
  readonly validUntil: string;
  /** First day a re-application is accepted: 1 January of the certificate's final year. */
  readonly reapplyFrom: string;
}
export interface ApplicationNotPending extends About {
  readonly _tag: 'ApplicationNotPending';
  readonly applicationId: string;
}
export interface ApplicationStageMismatch extends About {
  readonly _tag: 'ApplicationStageMismatch';
  readonly applicationId: string;
  readonly stage: ApplicationStage;
  readonly expected: ApplicationStage;
}
export interface WorkingDayCalendarNotCovered extends About {
  readonly _tag: 'WorkingDayCalendarNotCovered';
  readonly startsOn: string;
}
export interface ObjectionOutsideNotice extends About {
  readonly _tag: 'ObjectionOutsideNotice';
  readonly applicationId: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly raisedOn: string;
}
export interface ObjectionAlreadyOpen extends About {
  readonly _tag: 'ObjectionAlreadyOpen';
  readonly applicationId: string;
  readonly raisedOn: string;
}
export interface NoOpenObjection extends About {
  readonly _tag: 'NoOpenObjection';
  readonly applicationId: string;
}
export interface ObjectionOpen extends About {
  readonly _tag: 'ObjectionOpen';
  readonly applicationId: string;
  readonly raisedOn: string;
}
export interface PublicNoticeNotEnded extends About {
  readonly _tag: 'PublicNoticeNotEnded';
  readonly applicationId: string;
  readonly endsOn: string;
  readonly issuedOn: string;
}
export interface CertificateNoAlreadyUsed extends About {
  readonly _tag: 'CertificateNoAlreadyUsed';
  readonly certificateNo: string;
}
export interface NoCertificateForReportYear extends About {
  readonly _tag: 'NoCertificateForReportYear';
  readonly year: number;
}
export interface AnnualReportAlreadyRecorded extends About {
  readonly _tag: 'AnnualReportAlreadyRecorded';
  readonly certificateNo: string;
  readonly year: number;
  readonly outcome: 'submitted' | 'missed';
}
export interface NameChangeReportedLate extends About {
  readonly _tag: 'NameChangeReportedLate';
  readonly certificateNo: string;
  readonly changedOn: string;
  readonly reportedOn: string;
  readonly deadline: string;
}
export interface NameUnchanged extends About {
  readonly _tag: 'NameUnchanged';
  readonly name: string;
}
export interface NoCertificateInForce extends About {
  readonly _tag: 'NoCertificateInForce';
  readonly on: string;
}
export interface ClawbackYearOutsideCertificate extends About {
  readonly _tag: 'ClawbackYearOutsideCertificate';
  readonly certificateNo: string;
  readonly clawbackFromYear: number;
  /** The allowed range: the certificate's issue year through the revocation year. */
  readonly fromYear: number;
  readonly toYear: number;
}
export interface RdInstitutionAlreadyEstablished extends About {
  readonly _tag: 'RdInstitutionAlreadyEstablished';
  readonly institutionId: string;
}
export interface PlacementAlreadyExists extends About {
  readonly _tag: 'PlacementAlreadyExists';
  readonly placementId: string;
}
export interface PersonAlreadyPlaced extends About {
  readonly _tag: 'PersonAlreadyPlaced';
  readonly personId: string;
  readonly placementId: string;
}
export interface PlacementNotFound extends About {
  readonly _tag: 'PlacementNotFound';
  readonly placementId: string;
}
export interface PlacementAlreadyEnded extends About {
  readonly _tag: 'PlacementAlreadyEnded';
  readonly placementId: string;
  readonly endsOn: string;
}
export interface ProductionStatusUnchanged extends About {
  readonly _tag: 'ProductionStatusUnchanged';
  readonly status: string;
  readonly since: string;
}

/** Every reason the Enterprise decider refuses a command. */
export type EnterpriseRejection =
  | UnknownRegion
  | EnterpriseNotRegistered
  | EnterpriseAlreadyRegistered
  | DateOutOfOrder
  | NoRuleInForce
  | MainRevenueBelowAboveScaleThreshold
  | AboveScaleStatusUnchanged
  | TechSmeCriteriaNotMet
  | TechSmeAlreadyRegistered
  | EnterpriseTooYoung
  | ApplicationAlreadyPending
  | ApplicationIdAlreadyUsed
  | ApplicationInRevocationYear
  | CertificateStillInForce
  | ApplicationNotPending
  | ApplicationStageMismatch
  | WorkingDayCalendarNotCovered
  | ObjectionOutsideNotice
  | ObjectionAlreadyOpen
  | NoOpenObjection
  | ObjectionOpen
  | PublicNoticeNotEnded
  | CertificateNoAlreadyUsed
  | NoCertificateForReportYear
  | AnnualReportAlreadyRecorded
  | NameChangeReportedLate
  | NameUnchanged
  | NoCertificateInForce
  | ClawbackYearOutsideCertificate
  | RdInstitutionAlreadyEstablished
  | PlacementAlreadyExists
  | PersonAlreadyPlaced
  | PlacementNotFound
  | PlacementAlreadyEnded
  | ProductionStatusUnchanged;
