import * as t from 'io-ts';
import { NonEmptyString } from '../shared/strings';
import { Uscc } from '../shared/uscc';

/** 科技成果类别: 应用技术成果, 基础理论成果, 软科学成果. */
export const AchievementCategory = t.keyof({ 'applied-technology': null, 'basic-theory': null, 'soft-science': null });
export type AchievementCategory = t.TypeOf<typeof AchievementCategory>;

/** 市级 / 省级 / 国家级: the level of a registration or of an award. */
export const AchievementLevel = t.keyof({ municipal: null, provincial: null, national: null });
export type AchievementLevel = t.TypeOf<typeof AchievementLevel>;

/** 特等奖 / 一等奖 / 二等奖 / 三等奖; some awards (e.g. 突出贡献奖) have no grade. */
export const AwardGrade = t.keyof({ special: null, first: null, second: null, third: null });
export type AwardGrade = t.TypeOf<typeof AwardGrade>;

/** Who owns (完成单位) the achievement: an enterprise by its USCC, or an institution by name. */
export const AchievementOwner = t.union([
  t.type({ kind: t.literal('enterprise'), uscc: Uscc }),
  t.type({ kind: t.literal('institution'), name: NonEmptyString }),
]);
export type AchievementOwner = t.TypeOf<typeof AchievementOwner>;

/** Two owners are the same when kind and key agree. */
export const sameOwner = (a: AchievementOwner, b: AchievementOwner): boolean =>
  a.kind === 'enterprise'
    ? b.kind === 'enterprise' && a.uscc === b.uscc
    : b.kind === 'institution' && a.name === b.name;
