import type * as t from 'io-ts';
import { brandedNumber, brandedString } from '../shared/brands';

/**
 * A project's code (项目编号) as a slug: letters, digits and hyphens. It names the stream
 * `techProject-${projectId}`, so it stays free of spaces and separators.
 */
export const ProjectId = brandedString('ProjectId', (s) => /^[A-Za-z0-9-]{1,64}$/.test(s));
export type ProjectId = t.TypeOf<typeof ProjectId>;

/** The ordinal of a disbursement tranche (第几笔拨款), from 1. */
export const TrancheNo = brandedNumber('TrancheNo', (n) => Number.isSafeInteger(n) && n >= 1);
export type TrancheNo = t.TypeOf<typeof TrancheNo>;
