import type { UnknownRegion } from '../shared/rejections';
import type { PlatformStatus } from './state';
import type { PlatformKind, PlatformLevel } from './vocabulary';

// Each rejection names the platform and carries the facts that caused it.
interface About {
  readonly platformId: string;
}

export interface PlatformNotRegistered extends About {
  readonly _tag: 'PlatformNotRegistered';
}
export interface PlatformAlreadyRegistered extends About {
  readonly _tag: 'PlatformAlreadyRegistered';
  readonly registeredOn: string;
}
/** A date precedes one it must follow; `path` is the command field, `notBefore` the earliest allowed. */
export interface DateOutOfOrder extends About {
  readonly _tag: 'DateOutOfOrder';
  readonly path: string;
  readonly date: string;
  readonly notBefore: string;
}
export interface LevelAlreadyHeld extends About {
  readonly _tag: 'LevelAlreadyHeld';
  readonly level: PlatformLevel;
}
export interface NotAHigherLevel extends About {
  readonly _tag: 'NotAHigherLevel';
  readonly currentLevel: PlatformLevel;
  readonly level: PlatformLevel;
}
/** Re-admission within the ban after a revocation for fraud; `until` is the first day allowed. */
export interface ReadmissionBanned extends About {
  readonly _tag: 'ReadmissionBanned';
  readonly revokedOn: string;
  readonly until: string;
  readonly on: string;
}
export interface PlatformNotActive extends About {
  readonly _tag: 'PlatformNotActive';
  readonly status: PlatformStatus;
}
export interface GradeAlreadyRecorded extends About {
  readonly _tag: 'GradeAlreadyRecorded';
  readonly year: number;
  readonly grade: string;
}
/** Grades come year after year within an admission: `earliestYear` is the first acceptable one. */
export interface GradeYearOutOfOrder extends About {
  readonly _tag: 'GradeYearOutOfOrder';
  readonly year: number;
  readonly earliestYear: number;
}
export interface RentReliefNotOffered extends About {
  readonly _tag: 'RentReliefNotOffered';
  readonly kind: PlatformKind;
}
export interface RentReliefAmountZero extends About {
  readonly _tag: 'RentReliefAmountZero';
  readonly incubateeUscc: string;
}

/** Every reason the TechPlatform decider refuses a command. */
export type TechPlatformRejection =
  | UnknownRegion
  | PlatformNotRegistered
  | PlatformAlreadyRegistered
  | DateOutOfOrder
  | LevelAlreadyHeld
  | NotAHigherLevel
  | ReadmissionBanned
  | PlatformNotActive
  | GradeAlreadyRecorded
  | GradeYearOutOfOrder
  | RentReliefNotOffered
  | RentReliefAmountZero;
