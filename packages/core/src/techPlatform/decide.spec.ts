import { describe, expect, it } from 'vitest';
import { command, event, filedNational, filedProvincial, HOST, PLATFORM, registered, revoked, spec } from './fixtures';
import { isActiveOn, levelOn } from './queries';

const register = (over: Record<string, unknown> = {}) =>
  command('RegisterPlatform', {
    name: '咸宁高新区光谷南科技城众创空间',
    kind: 'maker-space',
    regionId: 'gaoxin',
    host: { uscc: HOST },
    registeredOn: '2019-05-06',
    ...over,
  });
const file = (level: string, on: string, documentNo?: string) =>
  command('FilePlatform', { level, on, ...(documentNo === undefined ? {} : { documentNo }) });

describe('RegisterPlatform', () => {
  it('registers a platform with its enterprise host', () => {
    spec.when(register()).then([registered]);
  });

  it('registers one hosted by an institution, and one with no host', () => {
    const institute = {
      name: '湖北香城智能机电产业技术研究院',
      kind: 'industrial-technology-research-institute',
      host: { institution: '湖北科技学院' },
    };
    spec.when(register(institute)).then([
      event('PlatformRegistered', {
        ...institute,
        kind: institute.kind,
        hostUscc: undefined,
        registeredOn: '2019-05-06',
      }),
    ]);
    const { host: _, ...noHost } = registered.data;
    spec
      .when(command('RegisterPlatform', { ...noHost }))
      .then([event('PlatformRegistered', { ...noHost, hostUscc: undefined })]);
  });

  it('refuses a second registration and an unknown region', () => {
    spec
      .given([registered])
      .when(register())
      .thenRejects({ _tag: 'PlatformAlreadyRegistered', platformId: PLATFORM, registeredOn: '2019-05-06' });
    spec
      .when(register({ regionId: 'wuhan' }))
      .thenRejects({ _tag: 'UnknownRegion', regionId: 'wuhan', path: 'data.regionId' });
  });

  it('refuses every other command while the platform is not registered', () => {
    spec.when(file('municipal', '2020-01-10')).thenRejects({ _tag: 'PlatformNotRegistered', platformId: PLATFORM });
  });
});

describe('FilePlatform / RecognisePlatform (备案 / 认定)', () => {
  it('admits a first time at any level, carrying kind, level, mode, region and host', () => {
    spec
      .given([registered])
      .when(file('provincial', '2020-03-20', '鄂科技发〔2020〕8号'))
      .then([filedProvincial]);
  });

  it('records recognition as its own mode', () => {
    spec
      .given([registered])
      .when(command('RecognisePlatform', { level: 'municipal', on: '2019-12-01' }))
      .then([event('PlatformRecognised', { level: 'municipal', mode: 'recognition', on: '2019-12-01' })]);
  });

  it('upgrades to a strictly higher level as a new admission; the lower record stays', () => {
    const state = spec.given([registered, filedProvincial]).when(file('national', '2020-06-10')).then([filedNational]);
    expect(state.admissions.map((a) => a.level)).toEqual(['provincial', 'national']);
    expect(levelOn(state, '2020-06-09')).toBe('provincial');
    expect(levelOn(state, '2020-06-10')).toBe('national');
  });

  it('refuses a level already held and a lower one', () => {
    spec
      .given([registered, filedProvincial])
      .when(file('provincial', '2020-06-10'))
      .thenRejects({ _tag: 'LevelAlreadyHeld', platformId: PLATFORM, level: 'provincial' });
    spec
      .given([registered, filedProvincial])
      .when(file('municipal', '2020-06-10'))
      .thenRejects({ _tag: 'NotAHigherLevel', platformId: PLATFORM, currentLevel: 'provincial', level: 'municipal' });
  });

  it('refuses an admission before registration or before the last admission', () => {
    spec.given([registered]).when(file('municipal', '2019-05-05')).thenRejects({
      _tag: 'DateOutOfOrder',
      platformId: PLATFORM,
      path: 'data.on',
      date: '2019-05-05',
      notBefore: '2019-05-06',
    });
    spec.given([registered, filedProvincial]).when(file('national', '2020-03-19')).thenRejects({
      _tag: 'DateOutOfOrder',
      platformId: PLATFORM,
      path: 'data.on',
      date: '2020-03-19',
      notBefore: '2020-03-20',
    });
  });

  it('re-admits at any level after a revocation that carries no ban', () => {
    const state = spec
      .given([registered, filedProvincial, revoked('failed-recheck', '2021-04-01')])
      .when(file('municipal', '2021-09-01'))
      .then([event('PlatformFiled', { level: 'municipal', mode: 'filing', on: '2021-09-01' })]);
    expect(isActiveOn(state, '2021-05-01')).toBe(false);
    expect(levelOn(state, '2021-09-01')).toBe('municipal');
  });

  it('bans re-admission for 2 years after fraud, and admits on the first day after the ban', () => {
    const history = [registered, filedProvincial, revoked('fraud', '2020-09-15', { bannedUntil: '2022-09-15' })];
    spec.given(history).when(file('municipal', '2022-09-14')).thenRejects({
      _tag: 'ReadmissionBanned',
      platformId: PLATFORM,
      revokedOn: '2020-09-15',
      until: '2022-09-15',
      on: '2022-09-14',
    });
    spec
      .given(history)
      .when(file('municipal', '2022-09-15'))
      .then([event('PlatformFiled', { level: 'municipal', mode: 'filing', on: '2022-09-15' })]);
  });
});

describe('RevokePlatform', () => {
  const revoke = (reason: string, revokedOn: string) => command('RevokePlatform', { reason, revokedOn });

  it('revokes for fraud with a ban until two years later (29 February → 28 February)', () => {
    spec
      .given([registered, filedProvincial])
      .when(revoke('fraud', '2020-09-15'))
      .then([revoked('fraud', '2020-09-15', { bannedUntil: '2022-09-15' })]);
    spec
      .given([registered, event('PlatformFiled', { level: 'municipal', mode: 'filing', on: '2019-06-01' })])
      .when(revoke('fraud', '2020-02-29'))
      .then([revoked('fraud', '2020-02-29', { level: 'municipal', bannedUntil: '2022-02-28' })]);
  });

  it('revokes voluntarily with no ban, at the current (highest) level', () => {
    spec
      .given([registered, filedProvincial, filedNational])
      .when(revoke('voluntary', '2021-01-05'))
      .then([revoked('voluntary', '2021-01-05', { level: 'national' })]);
  });

  it('refuses revoking a platform that is not admitted, or already revoked', () => {
    spec.given([registered]).when(revoke('voluntary', '2021-01-05')).thenRejects({
      _tag: 'PlatformNotActive',
      platformId: PLATFORM,
      status: 'unadmitted',
    });
    spec
      .given([registered, filedProvincial, revoked('voluntary', '2021-01-05')])
      .when(revoke('fraud', '2021-02-01'))
      .thenRejects({ _tag: 'PlatformNotActive', platformId: PLATFORM, status: 'revoked' });
  });

  it('refuses a revocation dated before the admission', () => {
    spec.given([registered, filedProvincial]).when(revoke('failed-recheck', '2020-03-01')).thenRejects({
      _tag: 'DateOutOfOrder',
      platformId: PLATFORM,
      path: 'data.revokedOn',
      date: '2020-03-01',
      notBefore: '2020-03-20',
    });
  });
});
