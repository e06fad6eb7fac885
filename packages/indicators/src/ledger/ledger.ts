import type { Flows } from './flows';

/** A high-tech certificate as far as counting enterprises in force needs. */
export interface CertificateFact {
  readonly no: string;
  readonly issuedOn: string;
  readonly validUntil: string;
  revokedOn?: string;
}

export interface EnterpriseFact {
  regionId: string;
  certificates: CertificateFact[];
  /** 规上工业: status by year, the latest correction winning. */
  aboveScale: Record<string, boolean>;
  /** Production status changes, in the order recorded. */
  production: { readonly status: string; readonly since: string }[];
}

export interface PlatformFact {
  readonly kind: string;
  readonly regionId: string;
  readonly hostUscc?: string;
  admissions: { readonly level: string; readonly on: string }[];
  /** Revocation dates: a platform is active again only through a later admission. */
  revocations: string[];
}

export interface ProposalFact {
  readonly programmeId: string;
  readonly regionId: string;
  readonly submittedOn: string;
  decidedOn?: string;
}

/** One publication of a statistics release, with the figures known after it. */
export interface PublicationFact {
  readonly vintage: string;
  readonly publishedOn: string;
  readonly gdp?: number;
  readonly hightechValueAdded?: number;
  readonly hightechVaYoy?: number;
  readonly publishedShare?: number;
}

/**
 * Everything the standard indicators need, folded from history by one projection. Flows are daily
 * buckets; stocks keep one small record per entity. It is plain JSON, so stores persist it as a
 * projection view with its checkpoint.
 */
export interface Ledger {
  flows: Flows;
  enterprises: Record<string, EnterpriseFact>;
  platforms: Record<string, PlatformFact>;
  proposals: Record<string, ProposalFact>;
  /** Keyed `regionId|periodStart|periodEnd`; publications in the order recorded. */
  releases: Record<string, PublicationFact[]>;
  /** Keyed `regionId|year|indicatorId`: the latest target value. */
  targets: Record<string, number>;
}

export const emptyLedger = (): Ledger => ({
  flows: {},
  enterprises: {},
  platforms: {},
  proposals: {},
  releases: {},
  targets: {},
});
