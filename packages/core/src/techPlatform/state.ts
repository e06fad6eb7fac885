import type { BusinessDate } from '@innoledger/kernel';
import type { RegionId } from '../regions/region';
import type { NonEmptyString } from '../shared/strings';
import type { Uscc } from '../shared/uscc';
import type { TechPlatformEvent } from './events';
import {
  type AdmissionMode,
  type Grade,
  hostUsccOf,
  type PlatformHost,
  type PlatformId,
  type PlatformKind,
  type PlatformLevel,
  type PlatformRevocationReason,
} from './vocabulary';

export interface PlatformProfile {
  readonly platformId: PlatformId;
  readonly name: NonEmptyString;
  readonly kind: PlatformKind;
  readonly regionId: RegionId;
  readonly host?: PlatformHost;
  readonly hostUscc?: Uscc;
  readonly registeredOn: BusinessDate;
}

export interface Admission {
  readonly level: PlatformLevel;
  readonly mode: AdmissionMode;
  readonly on: string;
  /** Admissions between two revocations share a spell; levels rise strictly within one. */
  readonly spell: number;
}

export interface Revocation {
  readonly reason: PlatformRevocationReason;
  readonly revokedOn: string;
  readonly bannedUntil?: string;
}

/** `unadmitted`: registered, never filed or recognised at any level (or not since a revocation). */
export type PlatformStatus = 'unadmitted' | 'active' | 'revoked';

export interface PlatformState {
  readonly profile: PlatformProfile | undefined;
  readonly status: PlatformStatus;
  /** The highest level of the current spell while active. */
  readonly level: PlatformLevel | undefined;
  /** Every admission ever, oldest first: an upgrade adds one, the lower record stays. */
  readonly admissions: readonly Admission[];
  readonly revocations: readonly Revocation[];
  readonly spell: number;
  /** Grades of the current spell by year; a revocation starts the count afresh. */
  readonly grades: Readonly<Record<number, Grade>>;
  readonly lastGradedYear: number | undefined;
  /** The latest admission, grade or revocation date: later ones may not predate it. */
  readonly lastOn: string | undefined;
}

export const initialTechPlatformState: PlatformState = {
  profile: undefined,
  status: 'unadmitted',
  level: undefined,
  admissions: [],
  revocations: [],
  spell: 1,
  grades: {},
  lastGradedYear: undefined,
  lastOn: undefined,
};

const later = (a: string | undefined, b: string): string => (a !== undefined && a > b ? a : b);

const admit = (state: PlatformState, level: PlatformLevel, mode: AdmissionMode, on: string): PlatformState => ({
  ...state,
  status: 'active',
  level,
  admissions: [...state.admissions, { level, mode, on, spell: state.spell }],
  lastOn: later(state.lastOn, on),
});

const revoke = (state: PlatformState, revocation: Revocation): PlatformState => ({
  ...state,
  status: 'revoked',
  level: undefined,
  revocations: [...state.revocations, revocation],
  spell: state.spell + 1,
  grades: {},
  lastGradedYear: undefined,
  lastOn: later(state.lastOn, revocation.revokedOn),
});

/** Folds one event into the state. Pure; rules live in decide, evolve only records. */
export const evolveTechPlatform = (state: PlatformState, event: TechPlatformEvent): PlatformState => {
  switch (event.type) {
    case 'PlatformRegistered': {
      const { platformId, name, kind, regionId, host, registeredOn } = event.data;
      const hostUscc = hostUsccOf(host);
      return {
        ...state,
        profile: {
          platformId,
          name,
          kind,
          regionId,
          registeredOn,
          ...(host === undefined ? {} : { host }),
          ...(hostUscc === undefined ? {} : { hostUscc }),
        },
      };
    }
    case 'PlatformFiled':
    case 'PlatformRecognised':
      return admit(state, event.data.level, event.data.mode, event.data.on);
    case 'PlatformGraded': {
      const { year, grade, gradedOn } = event.data;
      return {
        ...state,
        grades: { ...state.grades, [year]: grade },
        lastGradedYear: year,
        lastOn: later(state.lastOn, gradedOn),
      };
    }
    case 'PlatformRevoked': {
      const { reason, revokedOn, bannedUntil } = event.data;
      return revoke(state, { reason, revokedOn, ...(bannedUntil === undefined ? {} : { bannedUntil }) });
    }
    case 'RentReliefGranted':
      return state;
  }
};
