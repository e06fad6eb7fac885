import type { UnknownRegion } from '../shared/rejections';
import type { AchievementLevel, AchievementOwner, AwardGrade } from './vocabulary';

/** The command names another region than the one the achievement was first recorded in. */
export interface AchievementRegionMismatch {
  readonly _tag: 'AchievementRegionMismatch';
  readonly achievementId: string;
  readonly recorded: string;
  readonly given: string;
}

/** The command names another owner than the one the achievement was first recorded with. */
export interface AchievementOwnerMismatch {
  readonly _tag: 'AchievementOwnerMismatch';
  readonly achievementId: string;
  readonly recorded: AchievementOwner;
  readonly given: AchievementOwner;
}

/** A result is registered once (一项成果登记一次). */
export interface AchievementAlreadyRegistered {
  readonly _tag: 'AchievementAlreadyRegistered';
  readonly achievementId: string;
  readonly registrationNo: string;
  readonly registeredOn: string;
}

/** The transformation id is already used on this achievement. */
export interface TransformationAlreadyStarted {
  readonly _tag: 'TransformationAlreadyStarted';
  readonly achievementId: string;
  readonly transformationId: string;
  readonly startedOn: string;
}

/** The award application id is already used on this achievement. */
export interface AwardApplicationAlreadyExists {
  readonly _tag: 'AwardApplicationAlreadyExists';
  readonly achievementId: string;
  readonly awardApplicationId: string;
  readonly appliedOn: string;
}

/** One application per award year and level: the achievement already applied. */
export interface AwardAlreadyApplied {
  readonly _tag: 'AwardAlreadyApplied';
  readonly achievementId: string;
  readonly year: number;
  readonly level: AchievementLevel;
  /** The existing application for that year and level. */
  readonly awardApplicationId: string;
}

/** No application with that id on this achievement. */
export interface AwardApplicationNotFound {
  readonly _tag: 'AwardApplicationNotFound';
  readonly achievementId: string;
  readonly awardApplicationId: string;
}

/** The application was already decided. */
export interface ApplicationNotPending {
  readonly _tag: 'ApplicationNotPending';
  readonly achievementId: string;
  readonly awardApplicationId: string;
  readonly outcome: 'won' | 'not-won';
  readonly decidedOn: string;
}

/** A decision dated before the application it decides. */
export interface DecisionBeforeApplication {
  readonly _tag: 'DecisionBeforeApplication';
  readonly achievementId: string;
  readonly awardApplicationId: string;
  readonly appliedOn: string;
  readonly decidedOn: string;
}

/** A grade given for an application that did not win. */
export interface GradeWithoutAward {
  readonly _tag: 'GradeWithoutAward';
  readonly achievementId: string;
  readonly awardApplicationId: string;
  readonly grade: AwardGrade;
}

/** Every reason an Achievement command is refused. */
export type AchievementRejection =
  | UnknownRegion
  | AchievementRegionMismatch
  | AchievementOwnerMismatch
  | AchievementAlreadyRegistered
  | TransformationAlreadyStarted
  | AwardApplicationAlreadyExists
  | AwardAlreadyApplied
  | AwardApplicationNotFound
  | ApplicationNotPending
  | DecisionBeforeApplication
  | GradeWithoutAward;
