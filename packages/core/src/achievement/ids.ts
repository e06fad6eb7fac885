import type * as t from 'io-ts';
import { slugId } from '../shared/brands';

/** An S&T achievement's id, a slug such as `xc-2020-017`; the stream is `achievement-${id}`. */
export const AchievementId = slugId('AchievementId');
export type AchievementId = t.TypeOf<typeof AchievementId>;

/** One achievement-transformation project (成果转化项目) of an achievement, a slug. */
export const TransformationId = slugId('TransformationId');
export type TransformationId = t.TypeOf<typeof TransformationId>;

/** One S&T award application (科技奖申报) of an achievement, a slug. */
export const AwardApplicationId = slugId('AwardApplicationId');
export type AwardApplicationId = t.TypeOf<typeof AwardApplicationId>;
