import type { RunResult } from './measure';

export interface FigureStats {
  readonly figure: string;
  readonly unit: 'events/s' | 'ms';
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
  readonly peakRssMb: number;
  /** Extras of the median run (p99, entity counts, settings…). */
  readonly extra: Readonly<Record<string, number | string>>;
}

export interface Comparison {
  readonly figure: string;
  readonly baseline: string;
  /** Met when the ratio (speed relative to the baseline) reaches this. */
  readonly target?: number;
  readonly note?: string;
}

export interface ComparisonResult extends Comparison {
  /** How many times faster than the baseline (rates: figure ÷ baseline; latencies: baseline ÷ figure). */
  readonly ratio: number | undefined;
  readonly met: boolean | undefined;
}

export const statsOf = (figure: string, runs: readonly RunResult[]): FigureStats => {
  const sorted = [...runs].sort((a, b) => a.value - b.value);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)] as RunResult;
  return {
    figure,
    unit: mid.unit,
    median: mid.value,
    min: (sorted[0] as RunResult).value,
    max: (sorted[sorted.length - 1] as RunResult).value,
    runs: runs.length,
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    extra: mid.extra ?? {},
  };
};

export const compare = (stats: ReadonlyMap<string, FigureStats>, c: Comparison): ComparisonResult => {
  const f = stats.get(c.figure);
  const b = stats.get(c.baseline);
  if (!f || !b) return { ...c, ratio: undefined, met: undefined };
  const ratio = f.unit === 'ms' ? b.median / f.median : f.median / b.median;
  const rounded = Math.round(ratio * 100) / 100;
  return { ...c, ratio: rounded, met: c.target === undefined ? undefined : ratio >= c.target };
};

const fmt = (value: number, unit: string): string =>
  unit === 'ms' ? `${value.toFixed(3)} ms` : `${Math.round(value).toLocaleString('en-US')} ev/s`;

/** An absolute target (a rate or a memory bound) and whether the run met it. */
export interface TargetCheck {
  readonly name: string;
  readonly value: string;
  readonly target: string;
  readonly met: boolean;
}

export const markdown = (
  title: string,
  machine: Readonly<Record<string, string>>,
  stats: readonly FigureStats[],
  comparisons: readonly ComparisonResult[],
  extraChecks: readonly TargetCheck[],
): string => {
  const lines = [`# ${title}`, ''];
  lines.push('| machine | |', '|---|---|');
  for (const [k, v] of Object.entries(machine)) lines.push(`| ${k} | ${v.replace(/\|/g, '/').replace(/\n/g, ' ')} |`);
  lines.push('', '## Figures (median of fresh-process runs, with min and max)', '');
  lines.push('| figure | median | min | max | runs | peak RSS MB | notes |', '|---|---:|---:|---:|---:|---:|---|');
  for (const s of stats) {
    const notes = Object.entries(s.extra)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
    lines.push(
      `| ${s.figure} | ${fmt(s.median, s.unit)} | ${fmt(s.min, s.unit)} | ${fmt(s.max, s.unit)} | ${s.runs} | ${s.peakRssMb} | ${notes} |`,
    );
  }
  lines.push('', '## Ratios to baselines (× = times as fast as the baseline)', '');
  lines.push('| figure | baseline | ratio | target | met |', '|---|---|---:|---:|---|');
  for (const c of comparisons) {
    const met = c.met === undefined ? '' : c.met ? 'yes' : '**no**';
    lines.push(
      `| ${c.figure} | ${c.baseline} | ${c.ratio === undefined ? 'n/a' : `${c.ratio}×`} | ${c.target === undefined ? '' : `≥ ${c.target}×`} | ${met} |`,
    );
  }
  if (extraChecks.length > 0) {
    lines.push('', '## Absolute targets', '', '| check | value | target | met |', '|---|---:|---:|---|');
    for (const x of extraChecks) lines.push(`| ${x.name} | ${x.value} | ${x.target} | ${x.met ? 'yes' : '**no**'} |`);
  }
  lines.push('');
  return lines.join('\n');
};
