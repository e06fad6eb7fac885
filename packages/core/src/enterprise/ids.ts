import type * as t from 'io-ts';
import { brandedNumber, brandedString } from '../shared/brands';
import { isCount } from '../shared/numbers';

// Ids local to one enterprise's stream: letters, digits, `_`, `.` and `-`, as the bureau's case
// files write them (e.g. `HT-2020-01`).
const LOCAL_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const localId = <N extends string>(name: N) => brandedString(name, (s) => LOCAL_ID.test(s));

/** One high-tech certification case (申报); a re-application after expiry is a new case with a new id. */
export const ApplicationId = localId('ApplicationId');
export type ApplicationId = t.TypeOf<typeof ApplicationId>;

/** 高新技术企业证书编号, e.g. `GR202042000123`; kept across a rename. */
export const CertificateNo = brandedString('CertificateNo', (s) => /^[A-Za-z0-9-]{1,40}$/.test(s));
export type CertificateNo = t.TypeOf<typeof CertificateNo>;

/** An enterprise R&D institution (企业研发机构), unique within its enterprise. */
export const InstitutionId = localId('InstitutionId');
export type InstitutionId = t.TypeOf<typeof InstitutionId>;

/** One tech vice-president placement (科技副总), unique within its enterprise. */
export const PlacementId = localId('PlacementId');
export type PlacementId = t.TypeOf<typeof PlacementId>;

/** An integer score out of 100: the HTE innovation score and the tech-based SME evaluation score. */
export const Score = brandedNumber('Score', (n) => Number.isInteger(n) && n >= 0 && n <= 100);
export type Score = t.TypeOf<typeof Score>;

/** A number of employees: a non-negative safe integer. */
export const Headcount = brandedNumber('Headcount', isCount);
export type Headcount = t.TypeOf<typeof Headcount>;
