import { type BusinessDate, decodeWith } from '@innoledger/kernel';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { RegionId } from '../regions/region';
import { defaultDomainConfig } from '../shared/domainConfig';
import type { NonEmptyString, Year } from '../shared/strings';
import type { Uscc } from '../shared/uscc';
import type { AchievementCommand, ApplyForAward, RegisterAchievement, StartTransformation } from './commands';
import type { AchievementEvent, AwardAppliedData } from './events';
import type { AchievementId, AwardApplicationId, TransformationId } from './ids';
import { achievement } from './index';
import type { AchievementOwner } from './vocabulary';

const { initialState, decide, evolve } = achievement.decider(defaultDomainConfig);
const given = (events: readonly AchievementEvent[]) => ({
  when: (command: AchievementCommand) => decide(command, events.reduce(evolve, initialState)),
});

const d = (s: string) => s as BusinessDate;
const str = (s: string) => s as NonEmptyString;
const achievementId = 'xn-2020-ach-017' as AchievementId;
const houfu: AchievementOwner = { kind: 'enterprise', uscc: '91421200MA49XN0Q1U' as Uscc };
const hbust: AchievementOwner = { kind: 'institution', name: str('湖北科技学院') };
const profile = {
  achievementId,
  title: str('医用防护服自动化生产线'),
  regionId: 'xianan' as RegionId,
  owner: houfu,
};

const register = (over: Partial<RegisterAchievement['data']> = {}): RegisterAchievement => ({
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
const transform = (id: string, over: Partial<StartTransformation['data']> = {}): StartTransformation => ({
  type: 'StartTransformation',
  data: { ...profile, transformationId: id as TransformationId, startedOn: d('2020-04-01'), ...over },
});
const apply = (id: string, over: Partial<ApplyForAward['data']> = {}): ApplyForAward => ({
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
const result = (id: string, won: boolean, decidedOn: string, grade?: 'first' | 'second'): AchievementCommand => ({
  type: 'RecordAwardResult',
  data: {
    achievementId,
    awardApplicationId: id as AwardApplicationId,
    won,
    decidedOn: d(decidedOn),
    ...(grade === undefined ? {} : { grade }),
  },
});

const registered = (c: RegisterAchievement): AchievementEvent => ({ type: 'AchievementRegistered', data: c.data });
const started = (c: StartTransformation): AchievementEvent => ({
  type: 'AchievementTransformationStarted',
  data: c.data,
});
const applied = (c: ApplyForAward): AchievementEvent => ({ type: 'AwardApplied', data: c.data });
const appliedData = (id: string): AwardAppliedData => apply(id).data;

describe('RegisterAchievement (科技成果登记)', () => {
  it('registers a result on a new stream', () => {
    expect(given([]).when(register())).toEqual(right([registered(register())]));
  });

  it('registers a result that was transformed before it was registered', () => {
    expect(given([started(transform('tr-1'))]).when(register())).toEqual(right([registered(register())]));
  });

  it('refuses a region the hierarchy does not have', () => {
    expect(given([]).when(register({ regionId: 'wuhan' as RegionId }))).toEqual(
      left({ _tag: 'UnknownRegion', regionId: 'wuhan', path: 'data.regionId' }),
    );
  });

  it('registers a result once', () => {
    expect(given([registered(register())]).when(register({ registrationNo: str('EK2020A0999') }))).toEqual(
      left({
        _tag: 'AchievementAlreadyRegistered',
        achievementId,
        registrationNo: 'EK2020A0417',
        registeredOn: '2020-05-12',
      }),
    );
  });

  it('refuses another region than the one first recorded', () => {
    expect(given([started(transform('tr-1'))]).when(register({ regionId: 'chibi' as RegionId }))).toEqual(
      left({ _tag: 'AchievementRegionMismatch', achievementId, recorded: 'xianan', given: 'chibi' }),
    );
  });

  it('refuses another owner than the one first recorded', () => {
    expect(given([started(transform('tr-1'))]).when(register({ owner: hbust }))).toEqual(
      left({ _tag: 'AchievementOwnerMismatch', achievementId, recorded: houfu, given: hbust }),
    );
  });

  it('accepts a title worded differently on a later list, and records it as given', () => {
    const c = register({ title: str('医用防护服全自动生产线') });
    expect(given([started(transform('tr-1'))]).when(c)).toEqual(right([registered(c)]));
  });
});

describe('StartTransformation (成果转化)', () => {
  it('starts a transformation as the first fact of an achievement', () => {
    const c = transform('tr-1', { projectTitle: str('防护服产线中试'), partnerUscc: '91421281MA4A1B2C3M' as Uscc });
    expect(given([]).when(c)).toEqual(right([started(c)]));
  });

  it('starts several transformations with distinct ids', () => {
    expect(given([registered(register()), started(transform('tr-1'))]).when(transform('tr-2'))).toEqual(
      right([started(transform('tr-2'))]),
    );
  });

  it('refuses a transformation id already used', () => {
    expect(given([started(transform('tr-1'))]).when(transform('tr-1', { startedOn: d('2020-06-01') }))).toEqual(
      left({
        _tag: 'TransformationAlreadyStarted',
        achievementId,
        transformationId: 'tr-1',
        startedOn: '2020-04-01',
      }),
    );
  });

  it('refuses an unknown region', () => {
    expect(given([]).when(transform('tr-1', { regionId: 'hankou' as RegionId }))).toEqual(
      left({ _tag: 'UnknownRegion', regionId: 'hankou', path: 'data.regionId' }),
    );
  });
});

describe('ApplyForAward (科技奖申报)', () => {
  it('applies as the first fact of an achievement', () => {
    expect(given([]).when(apply('aw-1'))).toEqual(right([applied(apply('aw-1'))]));
  });

  it('applies at another level in the same year, and at the same level in another year', () => {
    const history = [applied(apply('aw-1'))];
    const national = apply('aw-2', { level: 'national', awardName: str('国家科学技术进步奖') });
    const nextYear = apply('aw-3', { year: 2021 as Year, appliedOn: d('2021-03-01') });
    expect(given(history).when(national)).toEqual(right([applied(national)]));
    expect(given(history).when(nextYear)).toEqual(right([applied(nextYear)]));
  });

  it('refuses a second application for the same award year and level', () => {
    const c = apply('aw-2', { awardName: str('湖北省技术发明奖') });
    expect(given([applied(apply('aw-1'))]).when(c)).toEqual(
      left({ _tag: 'AwardAlreadyApplied', achievementId, year: 2020, level: 'provincial', awardApplicationId: 'aw-1' }),
    );
  });

  it('refuses an application id already used', () => {
    expect(given([applied(apply('aw-1'))]).when(apply('aw-1', { year: 2021 as Year }))).toEqual(
      left({
        _tag: 'AwardApplicationAlreadyExists',
        achievementId,
        awardApplicationId: 'aw-1',
        appliedOn: '2020-03-20',
      }),
    );
  });

  it('refuses another owner than the one first recorded', () => {
    expect(given([registered(register())]).when(apply('aw-1', { owner: hbust }))).toEqual(
      left({ _tag: 'AchievementOwnerMismatch', achievementId, recorded: houfu, given: hbust }),
    );
  });
});

describe('RecordAwardResult (获奖)', () => {
  const history = [registered(register()), applied(apply('aw-1'))];

  it('records an award won, with its grade and the facts of the application', () => {
    expect(given(history).when(result('aw-1', true, '2020-12-30', 'second'))).toEqual(
      right([{ type: 'AwardWon', data: { ...appliedData('aw-1'), decidedOn: '2020-12-30', grade: 'second' } }]),
    );
  });

  it('records an award won without a grade', () => {
    expect(given(history).when(result('aw-1', true, '2020-12-30'))).toEqual(
      right([{ type: 'AwardWon', data: { ...appliedData('aw-1'), decidedOn: '2020-12-30' } }]),
    );
  });

  it('records an award not won, on the day of the application at the earliest', () => {
    expect(given(history).when(result('aw-1', false, '2020-03-20'))).toEqual(
      right([{ type: 'AwardNotWon', data: { ...appliedData('aw-1'), decidedOn: '2020-03-20' } }]),
    );
  });

  it('carries the latest title in the result event', () => {
    const renamed = apply('aw-2', { level: 'national', title: str('防护服智能产线') });
    expect(given([...history, applied(renamed)]).when(result('aw-1', false, '2020-12-30'))).toEqual(
      right([
        {
          type: 'AwardNotWon',
          data: { ...appliedData('aw-1'), title: '防护服智能产线', decidedOn: '2020-12-30' },
        },
      ]),
    );
  });

  it('refuses a result for an application not on the stream', () => {
    expect(given([]).when(result('aw-1', true, '2020-12-30'))).toEqual(
      left({ _tag: 'AwardApplicationNotFound', achievementId, awardApplicationId: 'aw-1' }),
    );
    expect(given(history).when(result('aw-9', true, '2020-12-30'))).toEqual(
      left({ _tag: 'AwardApplicationNotFound', achievementId, awardApplicationId: 'aw-9' }),
    );
  });

  it('refuses a second result for an application already decided', () => {
    const won = { type: 'AwardWon', data: { ...appliedData('aw-1'), decidedOn: d('2020-12-30') } } as const;
    expect(given([...history, won]).when(result('aw-1', false, '2021-01-05'))).toEqual(
      left({
        _tag: 'ApplicationNotPending',
        achievementId,
        awardApplicationId: 'aw-1',
        outcome: 'won',
        decidedOn: '2020-12-30',
      }),
    );
  });

  it('refuses a decision dated before the application', () => {
    expect(given(history).when(result('aw-1', true, '2020-03-19'))).toEqual(
      left({
        _tag: 'DecisionBeforeApplication',
        achievementId,
        awardApplicationId: 'aw-1',
        appliedOn: '2020-03-20',
        decidedOn: '2020-03-19',
      }),
    );
  });

  it('refuses a grade for an application that did not win', () => {
    expect(given(history).when(result('aw-1', false, '2020-12-30', 'first'))).toEqual(
      left({ _tag: 'GradeWithoutAward', achievementId, awardApplicationId: 'aw-1', grade: 'first' }),
    );
  });
});

describe('the achievement module', () => {
  it('maps a command to its stream and an event to its business date', () => {
    expect(achievement.streamId(register())).toBe('achievement-xn-2020-ach-017');
    expect(achievement.streamId(result('aw-1', true, '2020-12-30'))).toBe('achievement-xn-2020-ach-017');
    const won: AchievementEvent = { type: 'AwardWon', data: { ...appliedData('aw-1'), decidedOn: d('2020-12-30') } };
    expect(achievement.occurredAt(registered(register()), register())).toBe('2020-05-12');
    expect(achievement.occurredAt(started(transform('tr-1')), transform('tr-1'))).toBe('2020-04-01');
    expect(achievement.occurredAt(applied(apply('aw-1')), apply('aw-1'))).toBe('2020-03-20');
    expect(achievement.occurredAt(won, result('aw-1', true, '2020-12-30'))).toBe('2020-12-30');
  });

  it('lists every command type the codec accepts', () => {
    expect(achievement.commandTypes).toEqual([
      'RegisterAchievement',
      'StartTransformation',
      'ApplyForAward',
      'RecordAwardResult',
    ]);
    expect(achievement.registry.types).toEqual(
      new Set(['AchievementRegistered', 'AchievementTransformationStarted', 'AwardApplied', 'AwardWon', 'AwardNotWon']),
    );
  });

  it('decodes a command from JSON and names the failing field path', () => {
    const json = JSON.parse(JSON.stringify(register()));
    expect(achievement.commands.decode(json)).toEqual(right(register()));
    const bad = { ...json, data: { ...json.data, category: 'hard-science' } };
    const refused = decodeWith(achievement.commands, bad);
    expect(isLeft(refused) && refused.left.map((e) => e.path)).toContain('data.category');
  });
});
