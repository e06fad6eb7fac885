import type { ScheduledCommand } from '../schedule';
import { achievementHistory } from './achievements';
import { contractHistory } from './contracts';
import { enterpriseHistory } from './enterprises';
import { highTechHistory } from './highTech';
import { municipalProjectHistory } from './municipalProjects';
import { platformHistory } from './platforms';
import { projectHistory } from './projects';
import { resumptionHistory } from './resumption';
import { statisticsHistory } from './statistics';
import { workPlanHistory } from './workPlan';

/**
 * Every area's commands, in a fixed area order. Enterprises come first so that, on a day when an
 * enterprise is registered and also acts, the registration is recorded first.
 */
export const areaSchedules = (): readonly (readonly ScheduledCommand[])[] => [
  enterpriseHistory(),
  highTechHistory(),
  resumptionHistory(),
  platformHistory(),
  projectHistory(),
  municipalProjectHistory(),
  contractHistory(),
  achievementHistory(),
  statisticsHistory(),
  workPlanHistory(),
];

/** The whole history in recording order: by `recordAt`, ties kept in area order (a stable sort). */
export const xianningSchedule = (): ScheduledCommand[] =>
  areaSchedules()
    .flat()
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => (a.entry.recordAt < b.entry.recordAt ? -1 : a.entry.recordAt > b.entry.recordAt ? 1 : a.i - b.i))
    .map(({ entry }) => entry);
