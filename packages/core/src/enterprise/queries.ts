import { ruleOn } from '../shared/datedRule';
import { addDays, yearOf } from '../shared/dates';
import { highTechRules } from './rules';
import type { Certificate, EnterpriseState } from './state';

/** True when the certificate is in force on `date`: issued, not past its validity, not cut short. */
export const isInForce = (certificate: Certificate, date: string): boolean =>
  certificate.issuedOn <= date &&
  date <= certificate.validUntil &&
  (certificate.endedOn === undefined || date < certificate.endedOn);

/**
 * The high-tech certificate in force on `date`, if any. Expiry needs no event: a certificate simply
 * stops being in force after `validUntil`. Revocation and a successor certificate end it earlier.
 */
export const certificateInForce = (state: EnterpriseState, date: string): Certificate | undefined =>
  state.certificates.find((c) => isInForce(c, date));

/** The last day a certificate was (or will be) in force. */
export const lastDayInForce = (certificate: Certificate): string => {
  if (certificate.endedOn === undefined || certificate.endedOn > certificate.validUntil) return certificate.validUntil;
  return addDays(certificate.endedOn, -1);
};

/** The years an annual report is owed for: the issue year and each following year of validity. */
export const reportYears = (certificate: Certificate): readonly number[] => {
  const years = ruleOn(highTechRules, certificate.issuedOn)?.value.validityYears ?? 3;
  const first = yearOf(certificate.issuedOn);
  return Array.from({ length: years }, (_, i) => first + i);
};

/** The unrevoked certificate that owes the report for `year`, the newest when two could. */
export const certificateOwingReport = (state: EnterpriseState, year: number): Certificate | undefined =>
  [...state.certificates].reverse().find((c) => c.revocation === undefined && reportYears(c).includes(year));

/** True when `date` falls in the calendar year of a revocation: no new application that year. */
export const revokedInYearOf = (state: EnterpriseState, date: string): string | undefined =>
  state.revocationDates.find((d) => yearOf(d) === yearOf(date));
