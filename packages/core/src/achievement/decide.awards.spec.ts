import { describe, expect, it } from 'vitest';
import type { Year } from '../shared/strings';
import type { AchievementEvent } from './events';
import {
  achievementId,
  applied,
  appliedData,
  apply,
  d,
  hbust,
  houfu,
  register,
  registered,
  result,
  spec,
  str,
} from './fixtures';

describe('ApplyForAward (科技奖申报)', () => {
  it('applies as the first fact of an achievement', () => {
    spec.when(apply('aw-1')).then([applied(apply('aw-1'))]);
  });

  it('applies at another level in the same year, and at the same level in another year', () => {
    const national = apply('aw-2', { level: 'national', awardName: str('国家科学技术进步奖') });
    const nextYear = apply('aw-3', { year: 2021 as Year, appliedOn: d('2021-03-01') });
    spec
      .given([applied(apply('aw-1'))])
      .when(national)
      .then([applied(national)]);
    spec
      .given([applied(apply('aw-1'))])
      .when(nextYear)
      .then([applied(nextYear)]);
  });

  it('refuses a second application for the same award year and level', () => {
    spec
      .given([applied(apply('aw-1'))])
      .when(apply('aw-2', { awardName: str('湖北省技术发明奖') }))
      .thenRejects({
        _tag: 'AwardAlreadyApplied',
        achievementId,
        year: 2020,
        level: 'provincial',
        awardApplicationId: 'aw-1',
      });
  });

  it('refuses an application id already used', () => {
    spec
      .given([applied(apply('aw-1'))])
      .when(apply('aw-1', { year: 2021 as Year }))
      .thenRejects({
        _tag: 'AwardApplicationAlreadyExists',
        achievementId,
        awardApplicationId: 'aw-1',
        appliedOn: '2020-03-20',
      });
  });

  it('refuses another owner than the one first recorded', () => {
    spec
      .given([registered(register())])
      .when(apply('aw-1', { owner: hbust }))
      .thenRejects({ _tag: 'AchievementOwnerMismatch', achievementId, recorded: houfu, given: hbust });
  });
});

describe('RecordAwardResult (获奖)', () => {
  const history = [registered(register()), applied(apply('aw-1'))];
  const won = (decidedOn: string, extra = {}): AchievementEvent => ({
    type: 'AwardWon',
    data: { ...appliedData('aw-1'), decidedOn: d(decidedOn), ...extra },
  });

  it('records an award won, with its grade and the facts of the application', () => {
    const state = spec
      .given(history)
      .when(result('aw-1', true, '2020-12-30', 'second'))
      .then([won('2020-12-30', { grade: 'second' })]);
    expect(state.awardApplications).toEqual([
      {
        awardApplicationId: 'aw-1',
        awardName: '湖北省科学技术进步奖',
        level: 'provincial',
        year: 2020,
        appliedOn: '2020-03-20',
        outcome: 'won',
        decidedOn: '2020-12-30',
      },
    ]);
  });

  it('records an award won without a grade', () => {
    spec
      .given(history)
      .when(result('aw-1', true, '2020-12-30'))
      .then([won('2020-12-30')]);
  });

  it('records an award not won, on the day of the application at the earliest', () => {
    spec
      .given(history)
      .when(result('aw-1', false, '2020-03-20'))
      .then([{ type: 'AwardNotWon', data: { ...appliedData('aw-1'), decidedOn: d('2020-03-20') } }]);
  });

  it('carries the latest title in the result event', () => {
    const renamed = apply('aw-2', { level: 'national', title: str('防护服智能产线') });
    spec
      .given([...history, applied(renamed)])
      .when(result('aw-1', false, '2020-12-30'))
      .then([
        {
          type: 'AwardNotWon',
          data: { ...appliedData('aw-1'), title: str('防护服智能产线'), decidedOn: d('2020-12-30') },
        },
      ]);
  });

  it('refuses a result for an application not on the stream', () => {
    spec
      .when(result('aw-1', true, '2020-12-30'))
      .thenRejects({ _tag: 'AwardApplicationNotFound', achievementId, awardApplicationId: 'aw-1' });
    spec
      .given(history)
      .when(result('aw-9', true, '2020-12-30'))
      .thenRejects({ _tag: 'AwardApplicationNotFound', achievementId, awardApplicationId: 'aw-9' });
  });

  it('refuses a second result for an application already decided', () => {
    spec
      .given([...history, won('2020-12-30')])
      .when(result('aw-1', false, '2021-01-05'))
      .thenRejects({
        _tag: 'ApplicationNotPending',
        achievementId,
        awardApplicationId: 'aw-1',
        outcome: 'won',
        decidedOn: '2020-12-30',
      });
  });

  it('refuses a decision dated before the application', () => {
    spec
      .given(history)
      .when(result('aw-1', true, '2020-03-19'))
      .thenRejects({
        _tag: 'DecisionBeforeApplication',
        achievementId,
        awardApplicationId: 'aw-1',
        appliedOn: '2020-03-20',
        decidedOn: '2020-03-19',
      });
  });

  it('refuses a grade for an application that did not win', () => {
    spec
      .given(history)
      .when(result('aw-1', false, '2020-12-30', 'first'))
      .thenRejects({ _tag: 'GradeWithoutAward', achievementId, awardApplicationId: 'aw-1', grade: 'first' });
  });
});
