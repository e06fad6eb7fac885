import type { BusinessDate } from '@innoledger/kernel';
import { deciderSpec } from '@innoledger/testing';
import type { RegionId } from '../regions/region';
import { defaultDomainConfig } from '../shared/domainConfig';
import type { NonEmptyString, Year } from '../shared/strings';
import type { Uscc } from '../shared/uscc';
import type { ApplyForAward, RecordAwardResult, RegisterAchievement, StartTransformation } from './commands';
import type { AchievementEvent, AwardAppliedData } from './events';
import type { AchievementId, AwardApplicationId, TransformationId } from './ids';
import { achievement } from './index';
import type { AchievementOwner, AwardGrade } from './vocabulary';

// Test fixtures: one achievement of an enterprise in 咸安区, with builders for its commands and
// the events they lead to. Overrides keep each spec to the one fact it is about.

/** given/when/then on the Achievement decider, on Xianning's regions. */
export const spec = deciderSpec(achievement.decider(defaultDomainConfig));

export const d = (s: string) => s as BusinessDate;
export const str = (s: string) => s as NonEmptyString;

export const achievementId = 'xn-2020-ach-017' as AchievementId;
export const houfu: AchievementOwner = { kind: 'enterprise', uscc: '91421200MA49XN0Q1U' as Uscc };
export const hbust: AchievementOwner = { kind: 'institution', name: str('湖北科技学院') };
export const profile = {
  achievementId,
  title: str('医用防护服自动化生产线'),
  regionId: 'xianan' as RegionId,
  owner: houfu,
};

export const register = (over: Partial<RegisterAchievement['data']> = {}): RegisterAchievement => ({
  type: 'RegisterAchievement',
  data: {
    ...profile,
    category: 'applied-technology',
    level: 'provincial',
    registrationNo: str('EK2020A0417'),
    registeredOn: d('2020-05-12'),
    ...over,
  },
});

export const transform = (id: string, over: Partial<StartTransformation['data']> = {}): StartTransformation => ({
  type: 'StartTransformation',
  data: { ...profile, transformationId: id as TransformationId, startedOn: d('2020-04-01'), ...over },
});

export const apply = (id: string, over: Partial<ApplyForAward['data']> = {}): ApplyForAward => ({
  type: 'ApplyForAward',
  data: {
    ...profile,
    awardApplicationId: id as AwardApplicationId,
    awardName: str('湖北省科学技术进步奖'),
    level: 'provincial',
    year: 2020 as Year,
    appliedOn: d('2020-03-20'),
    ...over,
  },
});

export const result = (id: string, won: boolean, decidedOn: string, grade?: AwardGrade): RecordAwardResult => ({
  type: 'RecordAwardResult',
  data: {
    achievementId,
    awardApplicationId: id as AwardApplicationId,
    won,
    decidedOn: d(decidedOn),
    ...(grade === undefined ? {} : { grade }),
  },
});

export const registered = (c: RegisterAchievement): AchievementEvent => ({
  type: 'AchievementRegistered',
  data: c.data,
});
export const started = (c: StartTransformation): AchievementEvent => ({
  type: 'AchievementTransformationStarted',
  data: c.data,
});
export const applied = (c: ApplyForAward): AchievementEvent => ({ type: 'AwardApplied', data: c.data });
export const appliedData = (id: string): AwardAppliedData => apply(id).data;
