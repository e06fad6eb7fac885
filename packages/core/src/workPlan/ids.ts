import * as t from 'io-ts';

export interface IndicatorIdBrand {
  readonly IndicatorId: unique symbol;
}
/** An indicator's stable id, `family.measure` in snake case: `contracts.amount`, `hte.in_force`. */
export type IndicatorId = t.Branded<string, IndicatorIdBrand>;
export const IndicatorId = t.brand(
  t.string,
  (s): s is IndicatorId => /^[a-z][a-z_]*\.[a-z][a-z_]*$/.test(s),
  'IndicatorId',
);

// Ids chosen by the bureau (or an import) as slugs: lowercase letters, digits and hyphens.
const SLUG = /^[a-z0-9][a-z0-9-]{0,127}$/;

export interface DocumentIdBrand {
  readonly DocumentId: unique symbol;
}
/** A policy document's id, a slug such as `xn-kjj-2020-03` (the 文号 may be absent, so it is not the key). */
export type DocumentId = t.Branded<string, DocumentIdBrand>;
export const DocumentId = t.brand(t.string, (s): s is DocumentId => SLUG.test(s), 'DocumentId');

export interface ActivityIdBrand {
  readonly ActivityId: unique symbol;
}
/** A service activity's id, a slug. */
export type ActivityId = t.Branded<string, ActivityIdBrand>;
export const ActivityId = t.brand(t.string, (s): s is ActivityId => SLUG.test(s), 'ActivityId');
