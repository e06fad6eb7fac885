// The public API of @innoledger/core, listed by hand. Each aggregate's own index holds its full
// vocabulary (codecs, rejections, rules); the most used names are re-exported here.

export { type AchievementEvent, achievement } from './achievement/index';
export { chinaOfficialCalendar, chinaOfficialCalendarData } from './calendar/chinaOfficial';
export {
  type CalendarNotCovered,
  type WorkingDayCalendar,
  type WorkingDayCalendarData,
  workingDayCalendar,
} from './calendar/workingDayCalendar';
export { type CommandBus, createCommandBus, type SendError, type UnknownCommandType } from './commandBus';
export { type ContractRegistrationEvent, contractRegistration } from './contractRegistration/index';
export { domainEventRegistry, domainModules } from './domainModules';
export { type EnterpriseEvent, enterprise } from './enterprise/index';
export { type Region, type RegionHierarchy, RegionId, type RegionKind, regionHierarchy } from './regions/region';
export { xianningRegionList, xianningRegions } from './regions/xianning';
export type { AggregateModule } from './shared/aggregateModule';
export { type DatedRule, ruleOn } from './shared/datedRule';
export { type DomainConfig, defaultDomainConfig } from './shared/domainConfig';
export { Fen, wanYuan, yiYuan, yuan } from './shared/money';
export { FiniteNumber } from './shared/numbers';
export { checkRegion, type UnknownRegion } from './shared/rejections';
export { NonEmptyString, PersonId, Year } from './shared/strings';
export { isUscc, Uscc, usccCheckCharacter } from './shared/uscc';
export { type StatisticalReleaseEvent, statisticalRelease } from './statisticalRelease/index';
export { type TechPlatformEvent, techPlatform } from './techPlatform/index';
export { type TechProjectEvent, techProject } from './techProject/index';
export { type WorkPlanEvent, workPlan } from './workPlan/index';
