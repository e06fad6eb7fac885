import type { Grade, PlatformKind } from './vocabulary';

// The platform rules have not changed over the period the ledger covers, so they are plain values;
// if one changes, it becomes a DatedRule list like the enterprise rules.

/** Fraud cancels the admission and bars re-admission for this many years (国科火字〔2017〕120号). */
export const FRAUD_BAN_YEARS = 2;

/** The grade that counts as unqualified (不合格). */
export const UNQUALIFIED: Grade = 'D';

/** Unqualified grades in consecutive years that revoke the platform ("连续两次不合格"). */
export const CONSECUTIVE_UNQUALIFIED_TO_REVOKE = 2;

/** Kinds that host incubated enterprises and may reduce or defer their rent (减免或缓征租金). */
export const RENT_RELIEF_KINDS: readonly PlatformKind[] = ['incubator', 'maker-space'];
