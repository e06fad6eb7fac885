import type { BusinessDate } from '@innoledger/kernel';
import type { RegionId } from '../regions/region';
import type { Fen } from '../shared/money';
import type { NonEmptyString, PersonId } from '../shared/strings';
import type { Uscc } from '../shared/uscc';
import type { ProductionStatus, RdInstitutionLevel, RevocationReason } from './commands';
import type { EnterpriseEvent } from './events';
import type { ApplicationId, CertificateNo } from './ids';

export interface EnterpriseProfile {
  readonly uscc: Uscc;
  readonly name: NonEmptyString;
  readonly regionId: RegionId;
  readonly industry: NonEmptyString;
  readonly establishedOn: BusinessDate;
  readonly registeredOn: BusinessDate;
}

export interface AboveScaleRecord {
  readonly aboveScaleIndustrial: boolean;
  readonly mainRevenue: Fen;
  readonly recordedOn: string;
}

/** Where a pending high-tech application stands. */
export type ApplicationStage = 'submitted' | 'review-passed' | 'in-notice';

export interface PendingApplication {
  readonly applicationId: ApplicationId;
  readonly stage: ApplicationStage;
  readonly submittedOn: BusinessDate;
  /** The latest business date in this case: later steps may not be dated before it. */
  readonly lastOn: string;
  readonly notice?: { readonly startsOn: string; readonly endsOn: string };
  readonly openObjection?: { readonly raisedOn: string };
}

export interface AnnualReportRecord {
  readonly outcome: 'submitted' | 'missed';
  readonly on: string;
}

export interface Certificate {
  readonly certificateNo: CertificateNo;
  readonly applicationId: ApplicationId;
  readonly issuedOn: BusinessDate;
  readonly validUntil: BusinessDate;
  /** First day it is no longer in force, when a successor or a revocation cut it short. */
  readonly endedOn?: string;
  readonly revocation?: { readonly reason: RevocationReason; readonly revokedOn: string };
  readonly annualReports: Readonly<Record<number, AnnualReportRecord>>;
  readonly missedReports: number;
}

export interface Placement {
  readonly personId: PersonId;
  readonly startsOn: BusinessDate;
  readonly endsOn?: string;
}

export interface EnterpriseState {
  /** Undefined until the enterprise is registered. */
  readonly profile: EnterpriseProfile | undefined;
  /** The latest record per statistical year. */
  readonly aboveScale: Readonly<Record<number, AboveScaleRecord>>;
  readonly techSmeYears: Readonly<Record<number, string>>;
  readonly pendingApplication: PendingApplication | undefined;
  readonly usedApplicationIds: readonly ApplicationId[];
  /** Oldest first; at most one is in force on any day. */
  readonly certificates: readonly Certificate[];
  readonly revocationDates: readonly string[];
  /** The latest date of a closed high-tech case step; a new application may not predate it. */
  readonly highTechLastOn: string | undefined;
  readonly rdInstitutions: Readonly<Record<string, { readonly level: RdInstitutionLevel; readonly on: string }>>;
  readonly placements: Readonly<Record<string, Placement>>;
  readonly production: { readonly status: ProductionStatus; readonly since: string } | undefined;
}

export const initialEnterpriseState: EnterpriseState = {
  profile: undefined,
  aboveScale: {},
  techSmeYears: {},
  pendingApplication: undefined,
  usedApplicationIds: [],
  certificates: [],
  revocationDates: [],
  highTechLastOn: undefined,
  rdInstitutions: {},
  placements: {},
  production: undefined,
};

const updateCertificate = (
  state: EnterpriseState,
  certificateNo: string,
  update: (c: Certificate) => Certificate,
): EnterpriseState => ({
  ...state,
  certificates: state.certificates.map((c) => (c.certificateNo === certificateNo ? update(c) : c)),
});

const updatePending = (state: EnterpriseState, update: (a: PendingApplication) => PendingApplication) =>
  state.pendingApplication === undefined ? state : { ...state, pendingApplication: update(state.pendingApplication) };

const closeCase = (state: EnterpriseState, on: string): EnterpriseState => ({
  ...state,
  pendingApplication: undefined,
  highTechLastOn: on,
});

/** Folds one event into the state. Pure; rules live in decide, evolve only records. */
export const evolveEnterprise = (state: EnterpriseState, event: EnterpriseEvent): EnterpriseState => {
  switch (event.type) {
    case 'EnterpriseRegistered': {
      const { uscc, name, regionId, industry, establishedOn, registeredOn } = event.data;
      return { ...state, profile: { uscc, name, regionId, industry, establishedOn, registeredOn } };
    }
    case 'AboveScaleStatusRecorded': {
      const { year, aboveScaleIndustrial, mainRevenue, recordedOn } = event.data;
      return {
        ...state,
        aboveScale: { ...state.aboveScale, [year]: { aboveScaleIndustrial, mainRevenue, recordedOn } },
      };
    }
    case 'TechSmeRegistered':
      return { ...state, techSmeYears: { ...state.techSmeYears, [event.data.year]: event.data.evaluatedOn } };
    case 'HighTechApplicationSubmitted': {
      const { applicationId, submittedOn } = event.data;
      return {
        ...state,
        pendingApplication: { applicationId, stage: 'submitted', submittedOn, lastOn: submittedOn },
        usedApplicationIds: [...state.usedApplicationIds, applicationId],
      };
    }
    case 'ExpertReviewPassed':
      return updatePending(state, (a) => ({ ...a, stage: 'review-passed', lastOn: event.data.reviewedOn }));
    case 'PublicNoticeStarted': {
      const { startsOn, endsOn } = event.data;
      return updatePending(state, (a) => ({
        ...a,
        stage: 'in-notice',
        lastOn: startsOn,
        notice: { startsOn, endsOn },
      }));
    }
    case 'ObjectionRaised':
      return updatePending(state, (a) => ({
        ...a,
        lastOn: event.data.raisedOn,
        openObjection: { raisedOn: event.data.raisedOn },
      }));
    case 'ObjectionResolved':
      return updatePending(state, ({ openObjection: _, ...a }) => ({ ...a, lastOn: event.data.resolvedOn }));
    case 'HighTechApplicationRejected':
      return closeCase(state, event.data.rejectedOn);
    case 'HighTechEnterpriseCertified': {
      const { certificateNo, applicationId, issuedOn, validUntil, supersedesCertificateNo } = event.data;
      const superseded =
        supersedesCertificateNo === undefined
          ? state
          : updateCertificate(state, supersedesCertificateNo, (c) => ({ ...c, endedOn: issuedOn }));
      const certificate: Certificate = {
        certificateNo,
        applicationId,
        issuedOn,
        validUntil,
        annualReports: {},
        missedReports: 0,
      };
      return { ...closeCase(superseded, issuedOn), certificates: [...superseded.certificates, certificate] };
    }
    case 'AnnualReportSubmitted': {
      const { certificateNo, year, submittedOn } = event.data;
      return updateCertificate(state, certificateNo, (c) => ({
        ...c,
        annualReports: { ...c.annualReports, [year]: { outcome: 'submitted', on: submittedOn } },
      }));
    }
    case 'AnnualReportMissed': {
      const { certificateNo, year, recordedOn, missedCount } = event.data;
      return updateCertificate(state, certificateNo, (c) => ({
        ...c,
        missedReports: missedCount,
        annualReports: { ...c.annualReports, [year]: { outcome: 'missed', on: recordedOn } },
      }));
    }
    case 'HighTechCertificationRevoked': {
      const { certificateNo, reason, revokedOn } = event.data;
      // A certificate already superseded keeps its earlier end: revocation never extends validity.
      const revoked = updateCertificate(state, certificateNo, (c) => ({
        ...c,
        endedOn: c.endedOn !== undefined && c.endedOn < revokedOn ? c.endedOn : revokedOn,
        revocation: { reason, revokedOn },
      }));
      return {
        ...revoked,
        revocationDates: [...state.revocationDates, revokedOn],
        highTechLastOn:
          state.highTechLastOn === undefined || revokedOn > state.highTechLastOn ? revokedOn : state.highTechLastOn,
      };
    }
    case 'EnterpriseRenamed':
      return state.profile === undefined
        ? state
        : { ...state, profile: { ...state.profile, name: event.data.newName } };
    case 'RdInstitutionEstablished': {
      const { institutionId, level, establishedOn } = event.data;
      return { ...state, rdInstitutions: { ...state.rdInstitutions, [institutionId]: { level, on: establishedOn } } };
    }
    case 'TechVicePresidentPlaced': {
      const { placementId, personId, startsOn } = event.data;
      return { ...state, placements: { ...state.placements, [placementId]: { personId, startsOn } } };
    }
    case 'TechVicePresidentPlacementEnded': {
      const { placementId, endsOn } = event.data;
      const placement = state.placements[placementId];
      if (placement === undefined) return state;
      return { ...state, placements: { ...state.placements, [placementId]: { ...placement, endsOn } } };
    }
    case 'ProductionStatusRecorded':
      return { ...state, production: { status: event.data.status, since: event.data.since } };
  }
};
