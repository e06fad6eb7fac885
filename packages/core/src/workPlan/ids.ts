import type * as t from 'io-ts';
import { brandedString, slugId } from '../shared/brands';

/** An indicator's stable id, `family.measure` in snake case: `contracts.amount`, `hte.in_force`. */
export const IndicatorId = brandedString('IndicatorId', (s) => /^[a-z][a-z_]*\.[a-z][a-z_]*$/.test(s));
export type IndicatorId = t.TypeOf<typeof IndicatorId>;

/** A policy document's id, a slug such as `xn-kjj-2020-03` (the 文号 may be absent, so it is not the key). */
export const DocumentId = slugId('DocumentId');
export type DocumentId = t.TypeOf<typeof DocumentId>;

/** A service activity's id, a slug. */
export const ActivityId = slugId('ActivityId');
export type ActivityId = t.TypeOf<typeof ActivityId>;
