import { randomWorkingDay } from '../dates';
import { seededRandom, seedFor } from '../random';
import { roster } from '../roster';
import { createSchedule, type ScheduledCommand } from '../schedule';

const HALTED_ON = '2020-01-24';
const EPIDEMIC_SUPPLIES = new Set(['专用设备制造业', '医药制造业']);

/**
 * 复工复产: every 规上 enterprise holding a high-tech certificate stops on 24 January 2020. Makers
 * of epidemic supplies restart in February; the rest from mid-March, some partly first, and the
 * last on 10 April (4月上旬全市规上高新技术企业100%复工).
 */
export const resumptionHistory = (): ScheduledCommand[] => {
  const random = seededRandom(seedFor('resumption'));
  const schedule = createSchedule();
  const affected = roster().filter((e) => e.aboveScale2020 && e.certifiedIn !== undefined);
  affected.forEach((e, i) => {
    const { uscc } = e;
    schedule.add(HALTED_ON, 'RecordProductionStatus', { uscc, status: 'halted', since: HALTED_ON });
    if (EPIDEMIC_SUPPLIES.has(e.industry) && i % 2 === 0) {
      const partly = randomWorkingDay(random, '2020-02-03', '2020-02-14');
      schedule.add(partly, 'RecordProductionStatus', { uscc, status: 'partial', since: partly });
      const resumed = randomWorkingDay(random, '2020-02-17', '2020-02-28');
      schedule.add(resumed, 'RecordProductionStatus', { uscc, status: 'resumed', since: resumed });
      return;
    }
    const last = i === affected.length - 1;
    if (!last && random.chance(0.3)) {
      const partly = randomWorkingDay(random, '2020-03-11', '2020-03-24');
      schedule.add(partly, 'RecordProductionStatus', { uscc, status: 'partial', since: partly });
    }
    const resumed = last ? '2020-04-10' : randomWorkingDay(random, '2020-03-25', '2020-04-09');
    schedule.add(resumed, 'RecordProductionStatus', { uscc, status: 'resumed', since: resumed });
  });
  return [...schedule.commands];
};
