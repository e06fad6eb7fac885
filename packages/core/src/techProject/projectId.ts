import * as t from 'io-ts';

export interface ProjectIdBrand {
  readonly ProjectId: unique symbol;
}
/**
 * A project's code (项目编号) as a slug: letters, digits and hyphens. It names the stream
 * `techProject-${projectId}`, so it stays free of spaces and separators.
 */
export type ProjectId = t.Branded<string, ProjectIdBrand>;
export const ProjectId = t.brand(t.string, (s): s is ProjectId => /^[A-Za-z0-9-]{1,64}$/.test(s), 'ProjectId');

export interface TrancheNoBrand {
  readonly TrancheNo: unique symbol;
}
/** The ordinal of a disbursement tranche (第几笔拨款), from 1. */
export type TrancheNo = t.Branded<number, TrancheNoBrand>;
export const TrancheNo = t.brand(t.number, (n): n is TrancheNo => Number.isSafeInteger(n) && n >= 1, 'TrancheNo');
