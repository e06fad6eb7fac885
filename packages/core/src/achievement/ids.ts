import * as t from 'io-ts';

// Ids chosen by the bureau (or an import) as slugs: lowercase letters, digits and hyphens, so they
// read well inside a stream id and in a CSV column, and cannot clash with object prototype keys.
const SLUG = /^[a-z0-9][a-z0-9-]{0,127}$/;

export interface AchievementIdBrand {
  readonly AchievementId: unique symbol;
}
/** An S&T achievement's id, a slug such as `xc-2020-017`; the stream is `achievement-${id}`. */
export type AchievementId = t.Branded<string, AchievementIdBrand>;
export const AchievementId = t.brand(t.string, (s): s is AchievementId => SLUG.test(s), 'AchievementId');

export interface TransformationIdBrand {
  readonly TransformationId: unique symbol;
}
/** One achievement-transformation project (成果转化项目) of an achievement, a slug. */
export type TransformationId = t.Branded<string, TransformationIdBrand>;
export const TransformationId = t.brand(t.string, (s): s is TransformationId => SLUG.test(s), 'TransformationId');

export interface AwardApplicationIdBrand {
  readonly AwardApplicationId: unique symbol;
}
/** One S&T award application (科技奖申报) of an achievement, a slug. */
export type AwardApplicationId = t.Branded<string, AwardApplicationIdBrand>;
export const AwardApplicationId = t.brand(t.string, (s): s is AwardApplicationId => SLUG.test(s), 'AwardApplicationId');
