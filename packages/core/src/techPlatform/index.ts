import type { AggregateModule } from '../shared/aggregateModule';
import { TechPlatformCommand, techPlatformCommandTypes } from './commands';
import { decideTechPlatform } from './decide';
import { type TechPlatformEvent, techPlatformEventDefinitions, techPlatformEventRegistry } from './events';
import { techPlatformOccurredAt } from './occurredAt';
import type { TechPlatformRejection } from './rejections';
import { evolveTechPlatform, initialTechPlatformState, type PlatformState } from './state';

export {
  FilePlatform,
  GrantRentRelief,
  RecognisePlatform,
  RecordAnnualGrade,
  RegisterPlatform,
  RevokePlatform,
  TechPlatformCommand,
  type TechPlatformCommandData,
  type TechPlatformCommandOf,
  techPlatformCommandTypes,
} from './commands';
export { decideTechPlatform } from './decide';
export {
  PlatformFiled,
  PlatformFiledData,
  PlatformGraded,
  PlatformGradedData,
  PlatformRecognised,
  PlatformRecognisedData,
  PlatformRegistered,
  PlatformRegisteredData,
  PlatformRevoked,
  PlatformRevokedData,
  RentReliefGranted,
  RentReliefGrantedData,
  type TechPlatformEvent,
  type TechPlatformEventOf,
  techPlatformEventDefinitions,
  techPlatformEventRegistry,
} from './events';
export { techPlatformOccurredAt } from './occurredAt';
export { isActiveOn, levelOn } from './queries';
export type {
  DateOutOfOrder as PlatformDateOutOfOrder,
  GradeAlreadyRecorded,
  GradeYearOutOfOrder,
  LevelAlreadyHeld,
  NotAHigherLevel,
  PlatformAlreadyRegistered,
  PlatformNotActive,
  PlatformNotRegistered,
  ReadmissionBanned,
  RentReliefAmountZero,
  RentReliefNotOffered,
  TechPlatformRejection,
} from './rejections';
export { CONSECUTIVE_UNQUALIFIED_TO_REVOKE, FRAUD_BAN_YEARS, RENT_RELIEF_KINDS, UNQUALIFIED } from './rules';
export {
  type Admission,
  evolveTechPlatform,
  initialTechPlatformState,
  type PlatformProfile,
  type PlatformState,
  type PlatformStatus,
  type Revocation,
} from './state';
export {
  AdmissionMode,
  compareLevels,
  Grade,
  hostUsccOf,
  PlatformHost,
  PlatformId,
  PlatformKind,
  PlatformLevel,
  PlatformRevocationReason,
  RevokeReason,
} from './vocabulary';

/** The TechPlatform aggregate (科技创新平台): stream `techPlatform-${platformId}`. */
export const techPlatform: AggregateModule<
  TechPlatformCommand,
  TechPlatformEvent,
  PlatformState,
  TechPlatformRejection
> = {
  name: 'techPlatform',
  commands: TechPlatformCommand,
  commandTypes: techPlatformCommandTypes,
  events: techPlatformEventDefinitions,
  registry: techPlatformEventRegistry,
  decider: (config) => ({
    initialState: initialTechPlatformState,
    decide: decideTechPlatform(config),
    evolve: evolveTechPlatform,
  }),
  streamId: (command) => `techPlatform-${command.data.platformId}`,
  occurredAt: (event) => techPlatformOccurredAt(event),
};
