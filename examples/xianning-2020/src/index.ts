// The public API of the Xianning 2020 example, listed by hand.

export {
  type BuildOptions,
  type BuildResult,
  buildXianning2020,
  XIANNING_ACTOR,
  XIANNING_CLOCK_START,
  XIANNING_SEED,
} from './buildXianning2020';
export { xianningSchedule } from './history/index';
export { onDay, type RawCommand, type ScheduledCommand } from './schedule';
