import { decodeWith } from '@innoledger/kernel';
import { isLeft, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { RegionId } from '../regions/region';
import type { Uscc } from '../shared/uscc';
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
  started,
  str,
  transform,
} from './fixtures';
import { achievement } from './index';

// Registration and transformation; awards are in decide.awards.spec.ts.

describe('RegisterAchievement (科技成果登记)', () => {
  it('registers a result on a new stream', () => {
    spec.when(register()).then([registered(register())]);
  });

  it('registers a result that was transformed before it was registered', () => {
    spec
      .given([started(transform('tr-1'))])
      .when(register())
      .then([registered(register())]);
  });

  it('refuses a region the hierarchy does not have', () => {
    spec
      .when(register({ regionId: 'wuhan' as RegionId }))
      .thenRejects({ _tag: 'UnknownRegion', regionId: 'wuhan', path: 'data.regionId' });
  });

  it('registers a result once', () => {
    spec
      .given([registered(register())])
      .when(register({ registrationNo: str('EK2020A0999') }))
      .thenRejects({
        _tag: 'AchievementAlreadyRegistered',
        achievementId,
        registrationNo: 'EK2020A0417',
        registeredOn: '2020-05-12',
      });
  });

  it('refuses another region than the one first recorded', () => {
    spec
      .given([started(transform('tr-1'))])
      .when(register({ regionId: 'chibi' as RegionId }))
      .thenRejects({ _tag: 'AchievementRegionMismatch', achievementId, recorded: 'xianan', given: 'chibi' });
  });

  it('refuses another owner than the one first recorded', () => {
    spec
      .given([started(transform('tr-1'))])
      .when(register({ owner: hbust }))
      .thenRejects({ _tag: 'AchievementOwnerMismatch', achievementId, recorded: houfu, given: hbust });
  });

  it('accepts a title worded differently on a later list, and records it as given', () => {
    const c = register({ title: str('医用防护服全自动生产线') });
    const state = spec
      .given([started(transform('tr-1'))])
      .when(c)
      .then([registered(c)]);
    expect(state.profile?.title).toBe('医用防护服全自动生产线');
  });
});

describe('StartTransformation (成果转化)', () => {
  it('starts a transformation as the first fact of an achievement', () => {
    const c = transform('tr-1', { projectTitle: str('防护服产线中试'), partnerUscc: '91421281MA4A1B2C3M' as Uscc });
    spec.when(c).then([started(c)]);
  });

  it('starts several transformations with distinct ids', () => {
    spec
      .given([registered(register()), started(transform('tr-1'))])
      .when(transform('tr-2'))
      .then([started(transform('tr-2'))]);
  });

  it('refuses a transformation id already used', () => {
    spec
      .given([started(transform('tr-1'))])
      .when(transform('tr-1', { startedOn: d('2020-06-01') }))
      .thenRejects({
        _tag: 'TransformationAlreadyStarted',
        achievementId,
        transformationId: 'tr-1',
        startedOn: '2020-04-01',
      });
  });

  it('refuses an unknown region', () => {
    spec
      .when(transform('tr-1', { regionId: 'hankou' as RegionId }))
      .thenRejects({ _tag: 'UnknownRegion', regionId: 'hankou', path: 'data.regionId' });
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

  it('lists every command and event type', () => {
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
    const refused = decodeWith(achievement.commands, { ...json, data: { ...json.data, category: 'hard-science' } });
    expect(isLeft(refused) && refused.left.map((e) => e.path)).toContain('data.category');
  });
});
