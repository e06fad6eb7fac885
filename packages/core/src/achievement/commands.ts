import { BusinessDate } from '@innoledger/kernel';
import * as t from 'io-ts';
import { RegionId } from '../regions/region';
import { command, commandTypesOf } from '../shared/command';
import { NonEmptyString, Year } from '../shared/strings';
import { Uscc } from '../shared/uscc';
import { AchievementId, AwardApplicationId, TransformationId } from './ids';
import { AchievementCategory, AchievementLevel, AchievementOwner, AwardGrade } from './vocabulary';

// Any of the three opening commands may be the first on a stream (a result can be transformed or
// put up for an award without ever being registered), so each carries the achievement's profile.
const profile = {
  achievementId: AchievementId,
  title: NonEmptyString,
  regionId: RegionId,
  owner: AchievementOwner,
};

/** 科技成果登记: registers the result (once). */
export const RegisterAchievement = command(
  'RegisterAchievement',
  t.type({
    ...profile,
    category: AchievementCategory,
    level: AchievementLevel,
    registrationNo: NonEmptyString,
    registeredOn: BusinessDate,
  }),
);
export type RegisterAchievement = t.TypeOf<typeof RegisterAchievement>;

/** 成果转化: starts one transformation project of the result (several allowed, distinct ids). */
export const StartTransformation = command(
  'StartTransformation',
  t.intersection([
    t.type({ ...profile, transformationId: TransformationId, startedOn: BusinessDate }),
    t.partial({ projectTitle: NonEmptyString, partnerUscc: Uscc }),
  ]),
);
export type StartTransformation = t.TypeOf<typeof StartTransformation>;

/** 科技奖申报: applies for an award of a given level and year (one per year and level). */
export const ApplyForAward = command(
  'ApplyForAward',
  t.type({
    ...profile,
    awardApplicationId: AwardApplicationId,
    awardName: NonEmptyString,
    level: AchievementLevel,
    year: Year,
    appliedOn: BusinessDate,
  }),
);
export type ApplyForAward = t.TypeOf<typeof ApplyForAward>;

/** Records the outcome of a pending award application: won (with an optional grade) or not. */
export const RecordAwardResult = command(
  'RecordAwardResult',
  t.intersection([
    t.type({
      achievementId: AchievementId,
      awardApplicationId: AwardApplicationId,
      won: t.boolean,
      decidedOn: BusinessDate,
    }),
    t.partial({ grade: AwardGrade }),
  ]),
);
export type RecordAwardResult = t.TypeOf<typeof RecordAwardResult>;

/** Every Achievement command, discriminated by `type`. */
export const AchievementCommand = t.union([RegisterAchievement, StartTransformation, ApplyForAward, RecordAwardResult]);
export type AchievementCommand = t.TypeOf<typeof AchievementCommand>;

/** Every Achievement command type, in the union's order. */
export const achievementCommandTypes = commandTypesOf(AchievementCommand);
