import type { CertificateFact, EnterpriseFact, PlatformFact } from '../ledger/ledger';

export const certificateInForceOn = (c: CertificateFact, date: string): boolean =>
  c.issuedOn <= date && date <= c.validUntil && !(c.revokedOn !== undefined && c.revokedOn <= date);

export const hteInForceOn = (e: EnterpriseFact, date: string): boolean =>
  e.certificates.some((c) => certificateInForceOn(c, date));

/**
 * 规上工业 status on a date: the status recorded for that year, or else the latest earlier year's,
 * since a year's list is only settled after the year's revenue is known.
 */
export const aboveScaleOn = (e: EnterpriseFact, date: string): boolean => {
  const year = Number(date.slice(0, 4));
  let best: number | undefined;
  for (const key of Object.keys(e.aboveScale)) {
    const y = Number(key);
    if (y <= year && (best === undefined || y > best)) best = y;
  }
  return best === undefined ? false : e.aboveScale[String(best)] === true;
};

/** Producing on `date`: the latest status since on or before it is 'resumed', or none was ever recorded. */
export const producingOn = (e: EnterpriseFact, date: string): boolean => {
  let latest: { status: string; since: string } | undefined;
  for (const p of e.production) if (p.since <= date && (latest === undefined || p.since >= latest.since)) latest = p;
  return latest === undefined || latest.status === 'resumed';
};

const LEVEL_RANK: Record<string, number> = { municipal: 1, provincial: 2, national: 3 };

/** The highest level a platform holds on `date`, or undefined when it is not active then. */
export const activeLevelOn = (p: PlatformFact, date: string): string | undefined => {
  let lastRevocation = '';
  for (const r of p.revocations) if (r <= date && r > lastRevocation) lastRevocation = r;
  let best: string | undefined;
  for (const a of p.admissions) {
    if (
      a.on <= date &&
      a.on > lastRevocation &&
      (best === undefined || (LEVEL_RANK[a.level] ?? 0) > (LEVEL_RANK[best] ?? 0))
    ) {
      best = a.level;
    }
  }
  return best;
};
