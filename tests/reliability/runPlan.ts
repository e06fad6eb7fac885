import type { EventStore } from '@innoledger/kernel';
import { handleIncrement, type WriterReport } from './counter';
import { planFor } from './plan';

/** Sends a writer's planned commands through the command handler and reports every outcome. */
export const runPlan = async (store: EventStore, label: string, count: number): Promise<WriterReport> => {
  const report: WriterReport = { applied: [], duplicates: [], rejected: {} };
  for (const c of planFor(label, count)) {
    const result = await handleIncrement(
      store,
      c.streamId,
      { type: 'Increment', data: { by: c.by, n: c.n } },
      { commandId: c.commandId },
    );
    if (result._tag === 'Right') (result.right.duplicate ? report.duplicates : report.applied).push(c.commandId);
    else {
      const tag = result.left._tag === 'CommandRejected' ? result.left.rejection._tag : result.left._tag;
      report.rejected[tag] = (report.rejected[tag] ?? 0) + 1;
    }
  }
  return report;
};
