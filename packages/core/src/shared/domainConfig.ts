import { chinaOfficialCalendar } from '../calendar/chinaOfficial';
import type { WorkingDayCalendar } from '../calendar/workingDayCalendar';
import type { RegionHierarchy } from '../regions/region';
import { xianningRegions } from '../regions/xianning';

/**
 * What the deciders need to know about the world besides their own stream: which regions exist
 * and which days are working days. Passed to each decider factory; Xianning's is the default.
 */
export interface DomainConfig {
  readonly regions: RegionHierarchy;
  readonly calendar: WorkingDayCalendar;
}

export const defaultDomainConfig: DomainConfig = {
  regions: xianningRegions,
  calendar: chinaOfficialCalendar,
};
