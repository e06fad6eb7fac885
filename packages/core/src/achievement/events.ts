import {
  BusinessDate,
  createEventRegistry,
  defineEvent,
  type Event,
  type EventOf,
  type EventRegistry,
} from '@innoledger/kernel';
import * as t from 'io-ts';
import { RegionId } from '../regions/region';
import { NonEmptyString, Year } from '../shared/strings';
import { Uscc } from '../shared/uscc';
import { AchievementId, AwardApplicationId, TransformationId } from './ids';
import { AchievementCategory, AchievementLevel, AchievementOwner, AwardGrade } from './vocabulary';

// Every event repeats the achievement's profile so that an indicator projection, which sees one
// event at a time, can count it by region and owner without the aggregate's state.
const profile = {
  achievementId: AchievementId,
  title: NonEmptyString,
  regionId: RegionId,
  owner: AchievementOwner,
};

export const AchievementRegisteredData = t.type({
  ...profile,
  category: AchievementCategory,
  level: AchievementLevel,
  registrationNo: NonEmptyString,
  registeredOn: BusinessDate,
});
export type AchievementRegisteredData = t.TypeOf<typeof AchievementRegisteredData>;

export const AchievementTransformationStartedData = t.intersection([
  t.type({ ...profile, transformationId: TransformationId, startedOn: BusinessDate }),
  t.partial({ projectTitle: NonEmptyString, partnerUscc: Uscc }),
]);
export type AchievementTransformationStartedData = t.TypeOf<typeof AchievementTransformationStartedData>;

const award = {
  ...profile,
  awardApplicationId: AwardApplicationId,
  awardName: NonEmptyString,
  level: AchievementLevel,
  year: Year,
};

export const AwardAppliedData = t.type({ ...award, appliedOn: BusinessDate });
export type AwardAppliedData = t.TypeOf<typeof AwardAppliedData>;

export const AwardWonData = t.intersection([
  t.type({ ...award, appliedOn: BusinessDate, decidedOn: BusinessDate }),
  t.partial({ grade: AwardGrade }),
]);
export type AwardWonData = t.TypeOf<typeof AwardWonData>;

export const AwardNotWonData = t.type({ ...award, appliedOn: BusinessDate, decidedOn: BusinessDate });
export type AwardNotWonData = t.TypeOf<typeof AwardNotWonData>;

/** 科技成果登记: the result was registered. */
export const AchievementRegistered = defineEvent('AchievementRegistered', AchievementRegisteredData);
/** 成果转化: a transformation project of the result started. */
export const AchievementTransformationStarted = defineEvent(
  'AchievementTransformationStarted',
  AchievementTransformationStartedData,
);
/** 科技奖申报: an award application was filed. */
export const AwardApplied = defineEvent('AwardApplied', AwardAppliedData);
/** The application won the award. */
export const AwardWon = defineEvent('AwardWon', AwardWonData);
/** The application did not win. */
export const AwardNotWon = defineEvent('AwardNotWon', AwardNotWonData);

export type AchievementRegistered = Event<'AchievementRegistered', AchievementRegisteredData>;
export type AchievementTransformationStarted = Event<
  'AchievementTransformationStarted',
  AchievementTransformationStartedData
>;
export type AwardApplied = Event<'AwardApplied', AwardAppliedData>;
export type AwardWon = Event<'AwardWon', AwardWonData>;
export type AwardNotWon = Event<'AwardNotWon', AwardNotWonData>;

/** The Achievement event definitions (`AggregateModule.events`), each typed with its own data. */
export const achievementEventDefinitions = [
  AchievementRegistered,
  AchievementTransformationStarted,
  AwardApplied,
  AwardWon,
  AwardNotWon,
] as const;

/** Every Achievement event, discriminated by `type`. */
export type AchievementEvent = EventOf<(typeof achievementEventDefinitions)[number]>;

export const achievementEventRegistry: EventRegistry<AchievementEvent> =
  createEventRegistry(achievementEventDefinitions);
