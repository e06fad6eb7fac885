import type { AggregateModule } from '../shared/aggregateModule';
import { AchievementCommand, achievementCommandTypes } from './commands';
import { decideAchievement } from './decide';
import { type AchievementEvent, achievementEventDefinitions, achievementEventRegistry } from './events';
import type { AchievementRejection } from './rejections';
import { type AchievementState, evolveAchievement, initialAchievementState } from './state';

export {
  AchievementCommand,
  ApplyForAward,
  achievementCommandTypes,
  RecordAwardResult,
  RegisterAchievement,
  StartTransformation,
} from './commands';
export { decideAchievement } from './decide';
export {
  type AchievementEvent,
  AchievementRegistered,
  AchievementRegisteredData,
  AchievementTransformationStarted,
  AchievementTransformationStartedData,
  AwardApplied,
  AwardAppliedData,
  AwardNotWon,
  AwardNotWonData,
  AwardWon,
  AwardWonData,
  achievementEventDefinitions,
  achievementEventRegistry,
} from './events';
export { AchievementId, AwardApplicationId, TransformationId } from './ids';
export type {
  AchievementAlreadyRegistered,
  AchievementOwnerMismatch,
  AchievementRegionMismatch,
  AchievementRejection,
  ApplicationNotPending,
  AwardAlreadyApplied,
  AwardApplicationAlreadyExists,
  AwardApplicationNotFound,
  DecisionBeforeApplication,
  GradeWithoutAward,
  TransformationAlreadyStarted,
} from './rejections';
export {
  type AchievementProfile,
  type AchievementRegistration,
  type AchievementState,
  type AwardApplicationState,
  evolveAchievement,
  initialAchievementState,
} from './state';
export { AchievementCategory, AchievementLevel, AchievementOwner, AwardGrade, sameOwner } from './vocabulary';

const occurredAt = (event: AchievementEvent): string => {
  switch (event.type) {
    case 'AchievementRegistered':
      return event.data.registeredOn;
    case 'AchievementTransformationStarted':
      return event.data.startedOn;
    case 'AwardApplied':
      return event.data.appliedOn;
    case 'AwardWon':
    case 'AwardNotWon':
      return event.data.decidedOn;
  }
};

/** The Achievement aggregate (科技成果): stream `achievement-${achievementId}`. */
export const achievement: AggregateModule<
  AchievementCommand,
  AchievementEvent,
  AchievementState,
  AchievementRejection
> = {
  name: 'achievement',
  commands: AchievementCommand,
  commandTypes: achievementCommandTypes,
  events: achievementEventDefinitions,
  registry: achievementEventRegistry,
  decider: (config) => ({
    initialState: initialAchievementState,
    decide: decideAchievement(config),
    evolve: evolveAchievement,
  }),
  streamId: (command) => `achievement-${command.data.achievementId}`,
  occurredAt,
};
