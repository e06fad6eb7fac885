import type { EnterpriseFact } from '../ledger/ledger';
import { NEW_TYPE_RD_KINDS } from '../ledger/newTypeRdKinds';
import type { IndicatorDefinition, MeasureContext, Measurement } from './indicator';
import { aboveScaleOn, activeLevelOn, hteInForceOn, producingOn } from './stockFacts';

const enterprisesIn = (ctx: MeasureContext): [string, EnterpriseFact][] => {
  const regions = new Set(ctx.regionIds);
  return Object.entries(ctx.ledger.enterprises).filter(([, e]) => regions.has(e.regionId));
};

const inRegion = <T extends { readonly regionId: string }>(ctx: MeasureContext, facts: Record<string, T>): T[] => {
  const regions = new Set(ctx.regionIds);
  return Object.values(facts).filter((f) => regions.has(f.regionId));
};

/** Counts the defined keys, with a sorted breakdown by key. */
const tally = (keys: readonly (string | undefined)[]): { value: number; breakdown: Record<string, number> } => {
  const breakdown: Record<string, number> = {};
  let value = 0;
  for (const key of keys) {
    if (key === undefined) continue;
    value++;
    breakdown[key] = (breakdown[key] ?? 0) + 1;
  }
  return { value, breakdown: Object.fromEntries(Object.entries(breakdown).sort()) };
};

const ratio = (numerator: number, denominator: number, emptyReason: string): Measurement =>
  denominator === 0
    ? { value: null, hasData: false, numerator, denominator, reason: emptyReason }
    : { value: numerator / denominator, hasData: true, numerator, denominator };

/** The indicators measured at the period's last day. */
export const stockIndicators: readonly IndicatorDefinition[] = [
  {
    id: 'hte.in_force',
    label: { zh: '高新技术企业数（有效期内）', en: 'Certified high-tech enterprises in force' },
    unit: 'count',
    kind: 'stock',
    formula:
      'enterprises holding a certificate with issuedOn ≤ day ≤ validUntil, not revoked by the day, at the period’s last day',
    measure: (ctx) => {
      const day = ctx.period.end;
      const list = enterprisesIn(ctx);
      const value = list.filter(([, e]) => hteInForceOn(e, day)).length;
      return { value, hasData: list.some(([, e]) => e.certificates.some((c) => c.issuedOn <= day)) };
    },
  },
  {
    id: 'enterprises.resumption_rate',
    label: { zh: '规上高新技术企业复工率', en: 'Resumption rate of above-scale high-tech enterprises' },
    unit: 'ratio',
    kind: 'stock',
    formula:
      'above-scale industrial enterprises with a high-tech certificate in force that are producing (latest status resumed, or never halted) ÷ all such enterprises, at the period’s last day',
    measure: (ctx) => {
      const day = ctx.period.end;
      const base = enterprisesIn(ctx).filter(([, e]) => aboveScaleOn(e, day) && hteInForceOn(e, day));
      const producing = base.filter(([, e]) => producingOn(e, day)).length;
      return ratio(producing, base.length, 'no above-scale high-tech enterprise in force on that day');
    },
  },
  {
    id: 'rd_institutions.coverage',
    label: {
      zh: '规上工业企业新型研发机构覆盖率',
      en: 'Above-scale industrial enterprises hosting a new-type R&D institution',
    },
    unit: 'ratio',
    kind: 'stock',
    formula:
      'above-scale industrial enterprises hosting at least one active new-type R&D institution, engineering research centre or industrial technology research institute ÷ all above-scale industrial enterprises, at the period’s last day',
    measure: (ctx) => {
      const day = ctx.period.end;
      const hosts = new Set<string>();
      for (const p of Object.values(ctx.ledger.platforms)) {
        if (p.hostUscc !== undefined && NEW_TYPE_RD_KINDS.has(p.kind) && activeLevelOn(p, day) !== undefined)
          hosts.add(p.hostUscc);
      }
      const base = enterprisesIn(ctx).filter(([, e]) => aboveScaleOn(e, day));
      const covered = base.filter(([uscc]) => hosts.has(uscc)).length;
      return ratio(covered, base.length, 'no above-scale industrial enterprise on record for that day');
    },
  },
  {
    id: 'platforms.active',
    label: { zh: '有效创新平台数', en: 'Innovation platforms active' },
    unit: 'count',
    kind: 'stock',
    formula:
      'platforms filed or recognised on or before the period’s last day and not revoked by it, by kind/highest level',
    measure: (ctx) => {
      const day = ctx.period.end;
      const platforms = inRegion(ctx, ctx.ledger.platforms);
      return {
        ...tally(
          platforms.map((p) => {
            const level = activeLevelOn(p, day);
            return level === undefined ? undefined : `${p.kind}/${level}`;
          }),
        ),
        hasData: platforms.some((p) => p.admissions.some((a) => a.on <= day)),
      };
    },
  },
  {
    id: 'projects.pending',
    label: { zh: '待立项申报数', en: 'Proposals pending a decision' },
    unit: 'count',
    kind: 'stock',
    formula:
      'proposals submitted on or before the period’s last day and neither approved nor rejected by it, by programme',
    measure: (ctx) => {
      const day = ctx.period.end;
      const submitted = inRegion(ctx, ctx.ledger.proposals).filter((p) => p.submittedOn <= day);
      return {
        ...tally(submitted.map((p) => (p.decidedOn !== undefined && p.decidedOn <= day ? undefined : p.programmeId))),
        hasData: submitted.length > 0,
      };
    },
  },
];
