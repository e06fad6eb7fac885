import { releaseKey } from '../ledger/apply/statisticalRelease';
import type { PublicationFact } from '../ledger/ledger';
import type { IndicatorDefinition, MeasureContext } from './indicator';

/**
 * The latest known publication of the release for exactly the region and period asked. Statistics
 * are read at the region they were published for, never summed from counties.
 */
const latestRelease = (ctx: MeasureContext): PublicationFact | undefined => {
  const list = ctx.ledger.releases[releaseKey(ctx.regionId, ctx.period.start, ctx.period.end)];
  return list?.[list.length - 1];
};

const noRelease = (ctx: MeasureContext) =>
  `no statistics release for ${ctx.regionId} ${ctx.period.start}..${ctx.period.end} (releases are cumulative: Q1, H1, Q1-Q3, year)`;

/** Indicators read from the statistics bureau's releases. */
export const statisticsIndicators: readonly IndicatorDefinition[] = [
  {
    id: 'hightech_va.amount',
    label: { zh: '高新技术产业增加值', en: 'High-tech industry value added' },
    unit: 'fen',
    kind: 'flow',
    formula:
      'hightechValueAdded of the latest publication of the release for exactly this region and cumulative period',
    measure: (ctx) => {
      const release = latestRelease(ctx);
      if (release?.hightechValueAdded === undefined) {
        return {
          value: null,
          hasData: false,
          reason: release ? `the ${release.vintage} release states no value added` : noRelease(ctx),
        };
      }
      return {
        value: release.hightechValueAdded,
        hasData: true,
        vintage: release.vintage,
        ...(release.hightechVaYoy !== undefined ? { publishedYoy: release.hightechVaYoy } : {}),
      };
    },
  },
  {
    id: 'hightech_va.share_of_gdp',
    label: { zh: '高新技术产业增加值占GDP比重', en: 'High-tech industry value added as a share of GDP' },
    unit: 'ratio',
    kind: 'flow',
    formula:
      'hightechValueAdded ÷ gdp of the latest publication for exactly this region and cumulative period; a forecast stating only a share gives that share',
    measure: (ctx) => {
      const release = latestRelease(ctx);
      if (!release) return { value: null, hasData: false, reason: noRelease(ctx) };
      if (release.hightechValueAdded !== undefined && release.gdp !== undefined && release.gdp > 0) {
        return {
          value: release.hightechValueAdded / release.gdp,
          hasData: true,
          numerator: release.hightechValueAdded,
          denominator: release.gdp,
          vintage: release.vintage,
        };
      }
      if (release.publishedShare !== undefined)
        return { value: release.publishedShare, hasData: true, vintage: release.vintage };
      return {
        value: null,
        hasData: false,
        reason: `the ${release.vintage} release states neither both amounts nor a share`,
      };
    },
  },
];
