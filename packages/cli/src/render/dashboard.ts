import type { IndicatorResult } from '@innoledger/indicators';
import { displayWidth, padEnd, padStart } from './displayWidth';
import { formatRatio, formatValue } from './formatValue';

export interface DashboardHeading {
  readonly region: string;
  readonly period: string;
  readonly knownAt: string;
}

const breakdownLine = (r: IndicatorResult): string | undefined => {
  const entries = Object.entries(r.breakdown ?? {});
  if (entries.length < 2) return undefined;
  return `  ${r.label.zh}: ${entries.map(([key, value]) => `${key} ${formatValue(value, r.unit)}`).join(' · ')}`;
};

/**
 * The indicator dashboard as a plain-text table: the Chinese label beside its figures (value,
 * target, progress with ▲/▼ against time progress), the English label last so the table stays
 * readable in a narrow terminal; then the breakdowns and the reasons for missing values.
 */
export const renderDashboard = (results: readonly IndicatorResult[], heading: DashboardHeading): string => {
  const rows = results.map((r) => [
    r.label.zh,
    formatValue(r.value, r.unit),
    r.target === undefined ? '' : formatValue(r.target, r.unit),
    r.progress === undefined ? '' : `${formatRatio(r.progress)} ${r.aheadOfSchedule ? '▲' : '▼'}`,
    formatRatio(r.timeProgress),
    r.label.en,
  ]);
  const header = ['指标', '值 Value', '目标 Target', '进度 Progress', '时间进度 Time', 'Indicator'];
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[i] as string))));
  const last = header.length - 1;
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) =>
        i === 0 || i === last
          ? padEnd(cell, i === last ? 0 : (widths[i] as number))
          : padStart(cell, widths[i] as number),
      )
      .join('  ');
  const breakdowns = results.map(breakdownLine).filter((l): l is string => l !== undefined);
  const notes = results.filter((r) => r.value === null && r.reason !== undefined).map((r) => `  ${r.id}: ${r.reason}`);
  return [
    `${heading.region} · ${heading.period} · as known at ${heading.knownAt}`,
    '',
    line(header),
    line(widths.map((w, i) => '─'.repeat(i === last ? displayWidth('Indicator') : w))),
    ...rows.map(line),
    '▲ ahead of schedule (progress ≥ time progress)   ▼ behind',
    ...(breakdowns.length > 0 ? ['', '分项 Breakdown:', ...breakdowns] : []),
    ...(notes.length > 0 ? ['', '无数据 No value:', ...notes] : []),
  ].join('\n');
};
