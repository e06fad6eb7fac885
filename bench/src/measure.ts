/** What one benchmark run reports: its figure, and whatever it wants to add. */
export interface RunResult {
  /** The figure: events per second, or milliseconds for latencies. */
  readonly value: number;
  readonly unit: 'events/s' | 'ms';
  readonly events?: number;
  readonly seconds?: number;
  /** Peak resident set size of the run's process, MB. */
  readonly peakRssMb: number;
  readonly extra?: Readonly<Record<string, number | string>>;
}

export const peakRssMb = (): number => Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;

/** Times `work` and turns the count of events it handled into a rate. */
export const timeEvents = async (
  events: number,
  work: () => Promise<void> | void,
  extra?: Record<string, number | string>,
): Promise<RunResult> => {
  const start = process.hrtime.bigint();
  await work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    value: Math.round(events / seconds),
    unit: 'events/s',
    events,
    seconds: Math.round(seconds * 1000) / 1000,
    peakRssMb: peakRssMb(),
    ...(extra ? { extra } : {}),
  };
};

/** The p-th percentile (0..100) of a list of numbers, nearest rank. */
export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
};

export const round = (value: number, digits = 3): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};
