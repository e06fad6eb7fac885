// fast-check generators for the Achievement codecs. Small id pools make collisions likely, so that
// random command sequences exercise the refusals as well as the happy paths.

import fc from 'fast-check';
import type { Year } from '../shared/strings';
import {
  businessDate,
  foreignRegionId,
  nonEmptyString,
  optional,
  regionId,
  slugFrom,
  tagged,
  uscc,
  year,
} from '../shared/testing/arbitraries';
import type {
  AchievementCommand,
  ApplyForAward,
  RecordAwardResult,
  RegisterAchievement,
  StartTransformation,
} from './commands';
import type {
  AchievementRegisteredData,
  AchievementTransformationStartedData,
  AwardAppliedData,
  AwardNotWonData,
  AwardWonData,
} from './events';
import type { AchievementId, AwardApplicationId, TransformationId } from './ids';
import type { AchievementCategory, AchievementLevel, AchievementOwner, AwardGrade } from './vocabulary';

export const achievementId = (pool = 3) => slugFrom('ach', pool).map((s) => s as AchievementId);
export const transformationId = (pool = 3) => slugFrom('tr', pool).map((s) => s as TransformationId);
export const awardApplicationId = (pool = 3) => slugFrom('aw', pool).map((s) => s as AwardApplicationId);

export const category: fc.Arbitrary<AchievementCategory> = fc.constantFrom(
  'applied-technology',
  'basic-theory',
  'soft-science',
);
export const level: fc.Arbitrary<AchievementLevel> = fc.constantFrom('municipal', 'provincial', 'national');
export const grade: fc.Arbitrary<AwardGrade> = fc.constantFrom('special', 'first', 'second', 'third');
export const owner: fc.Arbitrary<AchievementOwner> = fc.oneof(
  uscc.map((u): AchievementOwner => ({ kind: 'enterprise', uscc: u })),
  nonEmptyString.map((name): AchievementOwner => ({ kind: 'institution', name })),
);

const profile = (ids: { achievements?: number } = {}) =>
  fc.record({ achievementId: achievementId(ids.achievements), title: nonEmptyString, regionId, owner });

export const achievementRegisteredData: fc.Arbitrary<AchievementRegisteredData> = fc
  .tuple(profile(), category, level, nonEmptyString, businessDate())
  .map(([p, category, level, registrationNo, registeredOn]) => ({
    ...p,
    category,
    level,
    registrationNo,
    registeredOn,
  }));

export const achievementTransformationStartedData: fc.Arbitrary<AchievementTransformationStartedData> = fc
  .tuple(
    profile(),
    transformationId(),
    businessDate(),
    optional('projectTitle', nonEmptyString),
    optional('partnerUscc', uscc),
  )
  .map(([p, transformationId, startedOn, title, partner]) => ({
    ...p,
    transformationId,
    startedOn,
    ...title,
    ...partner,
  }));

export const awardAppliedData: fc.Arbitrary<AwardAppliedData> = fc
  .tuple(profile(), awardApplicationId(), nonEmptyString, level, year(), businessDate())
  .map(([p, awardApplicationId, awardName, level, year, appliedOn]) => ({
    ...p,
    awardApplicationId,
    awardName,
    level,
    year,
    appliedOn,
  }));

export const awardNotWonData: fc.Arbitrary<AwardNotWonData> = fc
  .tuple(awardAppliedData, businessDate())
  .map(([a, decidedOn]) => ({ ...a, decidedOn }));

export const awardWonData: fc.Arbitrary<AwardWonData> = fc
  .tuple(awardNotWonData, optional('grade', grade))
  .map(([a, g]) => ({ ...a, ...g }));

export const registerAchievement: fc.Arbitrary<RegisterAchievement> = achievementRegisteredData.map((data) => ({
  type: 'RegisterAchievement',
  data,
}));
export const startTransformation: fc.Arbitrary<StartTransformation> = achievementTransformationStartedData.map(
  (data) => ({ type: 'StartTransformation', data }),
);
export const applyForAward: fc.Arbitrary<ApplyForAward> = awardAppliedData.map((data) => ({
  type: 'ApplyForAward',
  data,
}));
export const recordAwardResult: fc.Arbitrary<RecordAwardResult> = fc
  .tuple(achievementId(), awardApplicationId(), fc.boolean(), businessDate(), optional('grade', grade))
  .map(([achievementId, awardApplicationId, won, decidedOn, g]) => ({
    type: 'RecordAwardResult',
    data: { achievementId, awardApplicationId, won, decidedOn, ...g },
  }));

export const achievementCommand: fc.Arbitrary<AchievementCommand> = fc.oneof(
  registerAchievement,
  startTransformation,
  applyForAward,
  recordAwardResult,
);

/**
 * Commands addressed to one achievement, with a fixed profile most of the time (so the rules past
 * the profile check are reached), sometimes another region or owner or a region nobody knows, and
 * award years drawn from two so that the one-application-per-year-and-level rule is reached.
 */
export const commandsForOneAchievement: fc.Arbitrary<readonly AchievementCommand[]> = fc
  .tuple(
    profile({ achievements: 1 }),
    fc.array(fc.tuple(achievementCommand, fc.nat(19), foreignRegionId), { maxLength: 30 }),
  )
  .map(([p, cmds]) =>
    cmds.map(([c, roll, foreign]): AchievementCommand => {
      if (c.type === 'RecordAwardResult') return { ...c, data: { ...c.data, achievementId: p.achievementId } };
      const data =
        roll === 0
          ? { ...c.data, achievementId: p.achievementId }
          : roll === 1
            ? { ...c.data, ...p, regionId: foreign }
            : { ...c.data, ...p };
      if (c.type === 'ApplyForAward') return { ...c, data: { ...c.data, ...data, year: (2020 + (roll % 2)) as Year } };
      return { ...c, data } as AchievementCommand;
    }),
  );

/** A generator per command type, for the round-trip properties. */
export const commandArbitraries = {
  RegisterAchievement: registerAchievement,
  StartTransformation: startTransformation,
  ApplyForAward: applyForAward,
  RecordAwardResult: recordAwardResult,
};

/** A generator per event type, for the round-trip properties. */
export const eventArbitraries = {
  AchievementRegistered: tagged('AchievementRegistered', achievementRegisteredData),
  AchievementTransformationStarted: tagged('AchievementTransformationStarted', achievementTransformationStartedData),
  AwardApplied: tagged('AwardApplied', awardAppliedData),
  AwardWon: tagged('AwardWon', awardWonData),
  AwardNotWon: tagged('AwardNotWon', awardNotWonData),
};
