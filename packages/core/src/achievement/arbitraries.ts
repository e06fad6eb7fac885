import type { BusinessDate } from '@innoledger/kernel';
import fc from 'fast-check';
import { type RegionId, regionHierarchy } from '../regions/region';
import { xianningRegionList } from '../regions/xianning';
import type { NonEmptyString, Year } from '../shared/strings';
import { type Uscc, usccCheckCharacter } from '../shared/uscc';
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

// fast-check generators for the Achievement codecs. Small id pools make collisions likely, so that
// random command sequences exercise the refusals as well as the happy paths.

const DAY = 86_400_000;
export const businessDate = (from = '2015-01-01', to = '2025-12-31'): fc.Arbitrary<BusinessDate> =>
  fc
    .integer({ min: Date.parse(from) / DAY, max: Date.parse(to) / DAY })
    .map((d) => new Date(d * DAY).toISOString().slice(0, 10) as BusinessDate);

export const regionId: fc.Arbitrary<RegionId> = fc.constantFrom(...xianningRegionList.map((r) => r.id));
/** Ids that pass the codec but are not in the default hierarchy. */
export const foreignRegionId: fc.Arbitrary<RegionId> = fc
  .stringMatching(/^[a-z][a-z0-9-]{0,10}$/)
  .filter((s) => regionHierarchy(xianningRegionList).find(s) === undefined)
  .map((s) => s as RegionId);

export const nonEmptyString: fc.Arbitrary<NonEmptyString> = fc
  .string({ minLength: 1, maxLength: 24, unit: 'grapheme' })
  .filter((s) => s.trim().length > 0)
  .map((s) => s as NonEmptyString);

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'.split('');
export const uscc: fc.Arbitrary<Uscc> = fc
  .tuple(
    fc.array(fc.constantFrom(...USCC_ALPHABET), { minLength: 2, maxLength: 2 }),
    fc.stringMatching(/^\d{6}$/),
    fc.array(fc.constantFrom(...USCC_ALPHABET), { minLength: 9, maxLength: 9 }),
  )
  .map(([a, b, c]) => {
    const first17 = `${a.join('')}${b}${c.join('')}`;
    return `${first17}${usccCheckCharacter(first17)}` as Uscc;
  });

const slug = (prefix: string, pool: number) => fc.integer({ min: 1, max: pool }).map((n) => `${prefix}-${n}`);
export const achievementId = (pool = 3) => slug('ach', pool).map((s) => s as AchievementId);
export const transformationId = (pool = 3) => slug('tr', pool).map((s) => s as TransformationId);
export const awardApplicationId = (pool = 3) => slug('aw', pool).map((s) => s as AwardApplicationId);

export const category: fc.Arbitrary<AchievementCategory> = fc.constantFrom(
  'applied-technology',
  'basic-theory',
  'soft-science',
);
export const level: fc.Arbitrary<AchievementLevel> = fc.constantFrom('municipal', 'provincial', 'national');
export const grade: fc.Arbitrary<AwardGrade> = fc.constantFrom('special', 'first', 'second', 'third');
export const year: fc.Arbitrary<Year> = fc.integer({ min: 2015, max: 2025 }).map((n) => n as Year);
export const owner: fc.Arbitrary<AchievementOwner> = fc.oneof(
  uscc.map((u): AchievementOwner => ({ kind: 'enterprise', uscc: u })),
  nonEmptyString.map((name): AchievementOwner => ({ kind: 'institution', name })),
);

/** Optional fields: present or absent (never `undefined`), as a decoded JSON object has them. */
const optional = <K extends string, V>(key: K, value: fc.Arbitrary<V>) =>
  fc.option(value, { nil: undefined }).map((v) => (v === undefined ? {} : ({ [key]: v } as { [P in K]: V })));

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
  .tuple(profile(), awardApplicationId(), nonEmptyString, level, year, businessDate())
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
