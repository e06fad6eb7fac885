import type { BusinessDate } from '@innoledger/kernel';
import type { RegionId } from '../regions/region';
import type { NonEmptyString, Year } from '../shared/strings';
import type { AchievementEvent } from './events';
import type { AchievementId, AwardApplicationId, TransformationId } from './ids';
import type { AchievementCategory, AchievementLevel, AchievementOwner } from './vocabulary';

/** Who and where: fixed by the first event, except the title, which follows the latest event. */
export interface AchievementProfile {
  readonly achievementId: AchievementId;
  readonly title: NonEmptyString;
  readonly regionId: RegionId;
  readonly owner: AchievementOwner;
}

export interface AchievementRegistration {
  readonly category: AchievementCategory;
  readonly level: AchievementLevel;
  readonly registrationNo: NonEmptyString;
  readonly registeredOn: BusinessDate;
}

export interface AwardApplicationState {
  readonly awardApplicationId: AwardApplicationId;
  readonly awardName: NonEmptyString;
  readonly level: AchievementLevel;
  readonly year: Year;
  readonly appliedOn: BusinessDate;
  readonly outcome: 'pending' | 'won' | 'not-won';
  readonly decidedOn?: BusinessDate;
}

/** Plain JSON (arrays, no maps) so that a snapshot stores and restores it as is. */
export interface AchievementState {
  readonly profile?: AchievementProfile;
  readonly registration?: AchievementRegistration;
  readonly transformations: readonly {
    readonly transformationId: TransformationId;
    readonly startedOn: BusinessDate;
  }[];
  readonly awardApplications: readonly AwardApplicationState[];
}

export const initialAchievementState: AchievementState = { transformations: [], awardApplications: [] };

const withProfile = (state: AchievementState, p: AchievementProfile): AchievementState => ({
  ...state,
  profile: { achievementId: p.achievementId, title: p.title, regionId: p.regionId, owner: p.owner },
});

const decided = (
  state: AchievementState,
  id: AwardApplicationId,
  outcome: 'won' | 'not-won',
  decidedOn: BusinessDate,
): AchievementState => ({
  ...state,
  awardApplications: state.awardApplications.map((a) =>
    a.awardApplicationId === id ? { ...a, outcome, decidedOn } : a,
  ),
});

/** Folds one event into the state. */
export const evolveAchievement = (state: AchievementState, event: AchievementEvent): AchievementState => {
  switch (event.type) {
    case 'AchievementRegistered': {
      const { category, level, registrationNo, registeredOn } = event.data;
      return { ...withProfile(state, event.data), registration: { category, level, registrationNo, registeredOn } };
    }
    case 'AchievementTransformationStarted': {
      const { transformationId, startedOn } = event.data;
      const next = withProfile(state, event.data);
      return { ...next, transformations: [...next.transformations, { transformationId, startedOn }] };
    }
    case 'AwardApplied': {
      const { awardApplicationId, awardName, level, year, appliedOn } = event.data;
      const next = withProfile(state, event.data);
      const application: AwardApplicationState = {
        awardApplicationId,
        awardName,
        level,
        year,
        appliedOn,
        outcome: 'pending',
      };
      return { ...next, awardApplications: [...next.awardApplications, application] };
    }
    case 'AwardWon':
      return decided(state, event.data.awardApplicationId, 'won', event.data.decidedOn);
    case 'AwardNotWon':
      return decided(state, event.data.awardApplicationId, 'not-won', event.data.decidedOn);
  }
};
