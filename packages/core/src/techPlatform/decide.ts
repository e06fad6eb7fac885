import type { BusinessDate } from '@innoledger/kernel';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { addYears, yearOf } from '../shared/dates';
import type { DomainConfig } from '../shared/domainConfig';
import { firstOf as firstRejection } from '../shared/firstOf';
import { checkRegion } from '../shared/rejections';
import type { TechPlatformCommandData as Data, TechPlatformCommand } from './commands';
import type { TechPlatformEvent } from './events';
import type { DateOutOfOrder, TechPlatformRejection } from './rejections';
import { CONSECUTIVE_UNQUALIFIED_TO_REVOKE, FRAUD_BAN_YEARS, RENT_RELIEF_KINDS, UNQUALIFIED } from './rules';
import type { PlatformProfile, PlatformState } from './state';
import { type AdmissionMode, compareLevels, type PlatformLevel, type PlatformRevocationReason } from './vocabulary';

type Decision = Either<TechPlatformRejection, readonly TechPlatformEvent[]>;
const accept = (...events: readonly TechPlatformEvent[]): Decision => right(events);
const reject = (rejection: TechPlatformRejection): Decision => left(rejection);

/** What every event carries, from state, so projections need no look-up. */
const about = (p: PlatformProfile) => ({
  platformId: p.platformId,
  kind: p.kind,
  regionId: p.regionId,
  ...(p.hostUscc === undefined ? {} : { hostUscc: p.hostUscc }),
});

const outOfOrder = (
  platformId: string,
  path: string,
  date: string,
  notBefore: string | undefined,
): DateOutOfOrder | undefined =>
  notBefore !== undefined && date < notBefore
    ? { _tag: 'DateOutOfOrder', platformId, path, date, notBefore }
    : undefined;

const firstOf: (...checks: readonly (() => TechPlatformRejection | undefined)[]) => TechPlatformRejection | undefined =
  firstRejection;

const register = (config: DomainConfig, d: Data<'RegisterPlatform'>, state: PlatformState): Decision => {
  const registered = state.profile;
  const rejection = firstOf(
    () =>
      registered && {
        _tag: 'PlatformAlreadyRegistered',
        platformId: d.platformId,
        registeredOn: registered.registeredOn,
      },
    () => checkRegion(config, d.regionId, 'data.regionId'),
  );
  if (rejection) return reject(rejection);
  const { platformId, name, kind, regionId, host, registeredOn } = d;
  return accept({
    type: 'PlatformRegistered',
    data: { platformId, name, kind, regionId, registeredOn, ...(host === undefined ? {} : { host }) },
  });
};

/**
 * 备案 / 认定 at a level. The first admission (or the first after a revocation) may be at any level;
 * while active only a strictly higher level is admitted, as a new admission that keeps the lower one.
 */
const admit = (
  profile: PlatformProfile,
  state: PlatformState,
  mode: AdmissionMode,
  d: Data<'FilePlatform'>,
): Decision => {
  const { platformId, level, on, documentNo } = d;
  const ban = state.revocations.at(-1);
  const current = state.status === 'active' ? state.level : undefined;
  const rejection = firstOf(
    () => outOfOrder(platformId, 'data.on', on, profile.registeredOn),
    () => outOfOrder(platformId, 'data.on', on, state.lastOn),
    () =>
      ban?.bannedUntil !== undefined && on < ban.bannedUntil
        ? { _tag: 'ReadmissionBanned', platformId, revokedOn: ban.revokedOn, until: ban.bannedUntil, on }
        : undefined,
    () => (current === level ? { _tag: 'LevelAlreadyHeld', platformId, level } : undefined),
    () =>
      current !== undefined && compareLevels(level, current) < 0
        ? { _tag: 'NotAHigherLevel', platformId, currentLevel: current, level }
        : undefined,
  );
  if (rejection) return reject(rejection);
  const data = {
    ...about(profile),
    level,
    mode,
    on,
    ...(documentNo === undefined ? {} : { documentNo }),
    ...(current === undefined ? {} : { previousLevel: current }),
  };
  return accept(mode === 'filing' ? { type: 'PlatformFiled', data } : { type: 'PlatformRecognised', data });
};

const revocation = (
  profile: PlatformProfile,
  level: PlatformLevel,
  reason: PlatformRevocationReason,
  revokedOn: BusinessDate,
): TechPlatformEvent => ({
  type: 'PlatformRevoked',
  data: {
    ...about(profile),
    level,
    reason,
    revokedOn,
    ...(reason === 'fraud' ? { bannedUntil: addYears(revokedOn, FRAUD_BAN_YEARS) as BusinessDate } : {}),
  },
});

/** Annual evaluation; the second unqualified grade in consecutive years revokes the platform. */
const grade = (profile: PlatformProfile, state: PlatformState, d: Data<'RecordAnnualGrade'>): Decision => {
  const { platformId, year, gradedOn } = d;
  const level = state.level;
  if (state.status !== 'active' || level === undefined)
    return reject({ _tag: 'PlatformNotActive', platformId, status: state.status });
  const existing = state.grades[year];
  const spellStart = state.admissions.find((a) => a.spell === state.spell)?.on ?? profile.registeredOn;
  const earliestYear = Math.max(yearOf(spellStart), (state.lastGradedYear ?? 0) + 1);
  const rejection = firstOf(
    () => existing && { _tag: 'GradeAlreadyRecorded', platformId, year, grade: existing },
    () => (year < earliestYear ? { _tag: 'GradeYearOutOfOrder', platformId, year, earliestYear } : undefined),
    () => outOfOrder(platformId, 'data.gradedOn', gradedOn, `${year}-01-01`),
    () => outOfOrder(platformId, 'data.gradedOn', gradedOn, state.lastOn),
  );
  if (rejection) return reject(rejection);
  const graded: TechPlatformEvent = {
    type: 'PlatformGraded',
    data: { ...about(profile), level, year, grade: d.grade, gradedOn },
  };
  let run = d.grade === UNQUALIFIED ? 1 : 0;
  while (run > 0 && run < CONSECUTIVE_UNQUALIFIED_TO_REVOKE && state.grades[year - run] === UNQUALIFIED) run++;
  return run >= CONSECUTIVE_UNQUALIFIED_TO_REVOKE
    ? accept(graded, revocation(profile, level, 'two-consecutive-unqualified', gradedOn))
    : accept(graded);
};

const revoke = (profile: PlatformProfile, state: PlatformState, d: Data<'RevokePlatform'>): Decision => {
  const level = state.level;
  if (state.status !== 'active' || level === undefined)
    return reject({ _tag: 'PlatformNotActive', platformId: d.platformId, status: state.status });
  const late = outOfOrder(d.platformId, 'data.revokedOn', d.revokedOn, state.lastOn);
  if (late) return reject(late);
  return accept(revocation(profile, level, d.reason, d.revokedOn));
};

/** 减免或缓征租金 granted by an active incubator or maker space to an incubated enterprise. */
const grantRentRelief = (profile: PlatformProfile, state: PlatformState, d: Data<'GrantRentRelief'>): Decision => {
  const { platformId, incubateeUscc, amount, from, to } = d;
  if (!RENT_RELIEF_KINDS.includes(profile.kind))
    return reject({ _tag: 'RentReliefNotOffered', platformId, kind: profile.kind });
  const level = state.level;
  if (state.status !== 'active' || level === undefined)
    return reject({ _tag: 'PlatformNotActive', platformId, status: state.status });
  const rejection = firstOf(
    () => (amount === 0 ? { _tag: 'RentReliefAmountZero', platformId, incubateeUscc } : undefined),
    () => outOfOrder(platformId, 'data.to', to, from),
  );
  if (rejection) return reject(rejection);
  return accept({
    type: 'RentReliefGranted',
    data: { ...about(profile), level, incubateeUscc, amount, from, to },
  });
};

/**
 * The TechPlatform decider: a command and the platform's state in, events or a typed rejection out.
 * Business dates come in the command; regions come from `config`.
 */
export const decideTechPlatform =
  (config: DomainConfig) =>
  (command: TechPlatformCommand, state: PlatformState): Decision => {
    if (command.type === 'RegisterPlatform') return register(config, command.data, state);
    const profile = state.profile;
    if (profile === undefined) return reject({ _tag: 'PlatformNotRegistered', platformId: command.data.platformId });
    switch (command.type) {
      case 'FilePlatform':
        return admit(profile, state, 'filing', command.data);
      case 'RecognisePlatform':
        return admit(profile, state, 'recognition', command.data);
      case 'RecordAnnualGrade':
        return grade(profile, state, command.data);
      case 'RevokePlatform':
        return revoke(profile, state, command.data);
      case 'GrantRentRelief':
        return grantRentRelief(profile, state, command.data);
    }
  };
