import type { EventStore } from '../../../packages/kernel/src/index';
import type { HistoryLocation, ScenarioContext } from '../jobs';
import type { RunResult } from '../measure';
import type { Synchronous } from '../stores';
import { generateWorkload, streamIdOf, type Workload } from '../workload';

// Each child loads only what its scenario needs: Emmett, the raw drivers, the domain and the
// indicators are imported on demand, which keeps a child's start-up short.
export const emmett = () => import('./emmett');
export const raw = () => import('./raw');

export type Scenario = (ctx: ScenarioContext) => Promise<Record<string, RunResult>>;

export const IMPORT_BATCH = 10_000;
export const LONG_STREAM = 'bench-long-stream';
export const LONG_STREAM_EVENTS = 1_000;

export const workloadOf = (ctx: ScenarioContext): Workload => generateWorkload(ctx.job.size);
export const streamsOf = (w: Workload): string[] => Array.from({ length: w.streams }, (_, i) => streamIdOf(i));

// Stores written by the first append run are read back by the read scenarios.
export const files = {
  innoledger: (sync: Synchronous, run: number) => `innoledger-${sync.toLowerCase()}-${run}.db`,
  emmett: (run: number) => `emmett-${run}.db`,
  raw: (kind: string, run: number) => `raw-${kind}-${run}.db`,
};
export const databases = {
  innoledger: (run: number) => `innoledger_append_${run}`,
  emmett: (run: number) => `emmett_append_${run}`,
};

export const withStore = async <T>(store: EventStore, work: (s: EventStore) => Promise<T>): Promise<T> => {
  try {
    return await work(store);
  } finally {
    await store.close();
  }
};

export const historyOf = (ctx: ScenarioContext, label: string): HistoryLocation => {
  const h = ctx.job.histories.find((x) => x.label === label);
  if (!h) throw new Error(`no history ${label}`);
  return h;
};
