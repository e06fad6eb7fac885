import * as t from 'io-ts';

const LOCAL_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export interface ApplicationIdBrand {
  readonly ApplicationId: unique symbol;
}
/** One high-tech certification case (申报); a re-application after expiry is a new case with a new id. */
export type ApplicationId = t.Branded<string, ApplicationIdBrand>;
export const ApplicationId = t.brand(t.string, (s): s is ApplicationId => LOCAL_ID.test(s), 'ApplicationId');

export interface CertificateNoBrand {
  readonly CertificateNo: unique symbol;
}
/** 高新技术企业证书编号, e.g. `GR202042000123`; kept across a rename. */
export type CertificateNo = t.Branded<string, CertificateNoBrand>;
export const CertificateNo = t.brand(
  t.string,
  (s): s is CertificateNo => /^[A-Za-z0-9-]{1,40}$/.test(s),
  'CertificateNo',
);

export interface InstitutionIdBrand {
  readonly InstitutionId: unique symbol;
}
/** An enterprise R&D institution (企业研发机构), unique within its enterprise. */
export type InstitutionId = t.Branded<string, InstitutionIdBrand>;
export const InstitutionId = t.brand(t.string, (s): s is InstitutionId => LOCAL_ID.test(s), 'InstitutionId');

export interface PlacementIdBrand {
  readonly PlacementId: unique symbol;
}
/** One tech vice-president placement (科技副总), unique within its enterprise. */
export type PlacementId = t.Branded<string, PlacementIdBrand>;
export const PlacementId = t.brand(t.string, (s): s is PlacementId => LOCAL_ID.test(s), 'PlacementId');

export interface ScoreBrand {
  readonly Score: unique symbol;
}
/** An integer score out of 100: the HTE innovation score and the tech-based SME evaluation score. */
export type Score = t.Branded<number, ScoreBrand>;
export const Score = t.brand(t.number, (n): n is Score => Number.isInteger(n) && n >= 0 && n <= 100, 'Score');

export interface HeadcountBrand {
  readonly Headcount: unique symbol;
}
/** A number of employees: a non-negative safe integer. */
export type Headcount = t.Branded<number, HeadcountBrand>;
export const Headcount = t.brand(t.number, (n): n is Headcount => Number.isSafeInteger(n) && n >= 0, 'Headcount');
