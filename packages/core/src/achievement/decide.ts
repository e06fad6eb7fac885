import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { RegionId } from '../regions/region';
import type { DomainConfig } from '../shared/domainConfig';
import { checkRegion } from '../shared/rejections';
import type {
  AchievementCommand,
  ApplyForAward,
  RecordAwardResult,
  RegisterAchievement,
  StartTransformation,
} from './commands';
import type { AchievementEvent } from './events';
import type { AchievementId } from './ids';
import type { AchievementRejection } from './rejections';
import type { AchievementState } from './state';
import { type AchievementOwner, sameOwner } from './vocabulary';

type Decision = Either<AchievementRejection, readonly AchievementEvent[]>;

interface ProfileInput {
  readonly achievementId: AchievementId;
  readonly regionId: RegionId;
  readonly owner: AchievementOwner;
}

/** The region must exist, and region and owner must agree with what the stream first recorded. */
const checkProfile = (
  config: DomainConfig,
  state: AchievementState,
  input: ProfileInput,
): AchievementRejection | undefined => {
  const unknown = checkRegion(config, input.regionId, 'data.regionId');
  if (unknown) return unknown;
  const recorded = state.profile;
  if (recorded === undefined) return undefined;
  if (recorded.regionId !== input.regionId)
    return {
      _tag: 'AchievementRegionMismatch',
      achievementId: input.achievementId,
      recorded: recorded.regionId,
      given: input.regionId,
    };
  if (!sameOwner(recorded.owner, input.owner))
    return {
      _tag: 'AchievementOwnerMismatch',
      achievementId: input.achievementId,
      recorded: recorded.owner,
      given: input.owner,
    };
  return undefined;
};

const register = (state: AchievementState, { data }: RegisterAchievement): Decision => {
  if (state.registration)
    return left({
      _tag: 'AchievementAlreadyRegistered',
      achievementId: data.achievementId,
      registrationNo: state.registration.registrationNo,
      registeredOn: state.registration.registeredOn,
    });
  return right([{ type: 'AchievementRegistered', data }]);
};

const startTransformation = (state: AchievementState, { data }: StartTransformation): Decision => {
  const existing = state.transformations.find((x) => x.transformationId === data.transformationId);
  if (existing)
    return left({
      _tag: 'TransformationAlreadyStarted',
      achievementId: data.achievementId,
      transformationId: existing.transformationId,
      startedOn: existing.startedOn,
    });
  return right([{ type: 'AchievementTransformationStarted', data }]);
};

const applyForAward = (state: AchievementState, { data }: ApplyForAward): Decision => {
  const sameId = state.awardApplications.find((a) => a.awardApplicationId === data.awardApplicationId);
  if (sameId)
    return left({
      _tag: 'AwardApplicationAlreadyExists',
      achievementId: data.achievementId,
      awardApplicationId: sameId.awardApplicationId,
      appliedOn: sameId.appliedOn,
    });
  const sameRound = state.awardApplications.find((a) => a.year === data.year && a.level === data.level);
  if (sameRound)
    return left({
      _tag: 'AwardAlreadyApplied',
      achievementId: data.achievementId,
      year: data.year,
      level: data.level,
      awardApplicationId: sameRound.awardApplicationId,
    });
  return right([{ type: 'AwardApplied', data }]);
};

const recordAwardResult = (state: AchievementState, { data }: RecordAwardResult): Decision => {
  const { achievementId, awardApplicationId, decidedOn } = data;
  const application = state.awardApplications.find((a) => a.awardApplicationId === awardApplicationId);
  if (application === undefined || state.profile === undefined)
    return left({ _tag: 'AwardApplicationNotFound', achievementId, awardApplicationId });
  if (application.outcome !== 'pending')
    return left({
      _tag: 'ApplicationNotPending',
      achievementId,
      awardApplicationId,
      outcome: application.outcome,
      decidedOn: application.decidedOn ?? application.appliedOn,
    });
  if (decidedOn < application.appliedOn)
    return left({
      _tag: 'DecisionBeforeApplication',
      achievementId,
      awardApplicationId,
      appliedOn: application.appliedOn,
      decidedOn,
    });
  if (!data.won && data.grade !== undefined)
    return left({ _tag: 'GradeWithoutAward', achievementId, awardApplicationId, grade: data.grade });
  const { title, regionId, owner } = state.profile;
  const { awardName, level, year, appliedOn } = application;
  const facts = { achievementId, title, regionId, owner, awardApplicationId, awardName, level, year, appliedOn };
  if (!data.won) return right([{ type: 'AwardNotWon', data: { ...facts, decidedOn } }]);
  const grade = data.grade === undefined ? {} : { grade: data.grade };
  return right([{ type: 'AwardWon', data: { ...facts, decidedOn, ...grade } }]);
};

/**
 * The Achievement decider: registration (科技成果登记), transformation projects (成果转化), and
 * S&T award applications and results (科技奖申报, 获奖). Pure; dates come in the commands.
 */
export const decideAchievement =
  (config: DomainConfig) =>
  (command: AchievementCommand, state: AchievementState): Decision => {
    if (command.type === 'RecordAwardResult') return recordAwardResult(state, command);
    const refused = checkProfile(config, state, command.data);
    if (refused) return left(refused);
    switch (command.type) {
      case 'RegisterAchievement':
        return register(state, command);
      case 'StartTransformation':
        return startTransformation(state, command);
      case 'ApplyForAward':
        return applyForAward(state, command);
    }
  };
