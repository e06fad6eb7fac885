import { addDays, randomWorkingDay } from './dates';
import type { Random } from './random';
import { COUNTIES, type County, countyFacts } from './regions';
import type { RosterEnterprise } from './roster';
import type { Schedule } from './schedule';

// Platforms as plans (who, what kind, admitted at which levels when) and the commands a plan becomes.

export type Kind =
  | 'maker-space'
  | 'incubator'
  | 'star-innovation-base'
  | 'new-type-rd-institution'
  | 'engineering-research-centre'
  | 'industrial-technology-research-institute'
  | 'agricultural-demonstration-base'
  | 'agricultural-park';
export type Level = 'municipal' | 'provincial' | 'national';
export type Host = { uscc: string } | { institution: string };

/** One platform: registered, then admitted at rising levels (备案 or 认定) on the given days. */
export interface PlatformPlan {
  readonly platformId: string;
  readonly name: string;
  readonly kind: Kind;
  readonly regionId: string;
  readonly host?: Host;
  readonly admissions: readonly { readonly level: Level; readonly on: string; readonly mode: 'file' | 'recognise' }[];
}

export const platform = (schedule: Schedule, p: PlatformPlan): void => {
  const first = p.admissions[0];
  if (first === undefined) return;
  const registeredOn = addDays(first.on, -14);
  const { platformId, name, kind, regionId, host } = p;
  schedule.add(registeredOn, 'RegisterPlatform', {
    platformId,
    name,
    kind,
    regionId,
    registeredOn,
    ...(host === undefined ? {} : { host }),
  });
  for (const a of p.admissions)
    schedule.add(a.on, a.mode === 'file' ? 'FilePlatform' : 'RecognisePlatform', {
      platformId,
      level: a.level,
      on: a.on,
    });
};

const RD_KINDS: readonly Kind[] = [
  'engineering-research-centre',
  'engineering-research-centre',
  'new-type-rd-institution',
];
const KIND_WORD: Partial<Record<Kind, string>> = {
  'engineering-research-centre': '工程技术研究中心',
  'new-type-rd-institution': '新型研发机构',
};

/** New-type R&D institutions hosted by enterprises: one per host, admitted between `from` and `to`. */
export const rdInstitutions = (
  random: Random,
  hosts: readonly RosterEnterprise[],
  from: string,
  to: string,
  tag: string,
): PlatformPlan[] =>
  hosts.map((e, i) => {
    const kind = random.pick(RD_KINDS);
    const on = randomWorkingDay(random, from, to);
    const provincial = random.chance(0.25);
    return {
      platformId: `xn-rd-${tag}-${String(i + 1).padStart(3, '0')}`,
      name: `${e.name.replace(/(股份)?有限公司$/, '')}${KIND_WORD[kind] ?? '研发中心'}`,
      kind,
      regionId: e.regionId,
      host: { uscc: e.uscc },
      admissions: [{ level: provincial ? 'provincial' : 'municipal', on, mode: provincial ? 'recognise' : 'file' }],
    };
  });

// biome-ignore format: a list of words reads better on one line
const VILLAGE_WORDS = ['桂花', '楠竹', '茶叶', '油茶', '蔬菜', '水果', '中药材', '稻虾', '苎麻', '食用菌', '生猪', '水产'] as const;

/** Rural platforms spread over the counties (the zone has no villages). */
export const rural = (
  random: Random,
  kind: Kind,
  count: number,
  [from, to]: readonly [string, string],
  tag: string,
  word: string,
): PlatformPlan[] =>
  Array.from({ length: count }, (_, i) => {
    const regionId: County = random.pick(COUNTIES.filter((c) => c !== 'gaoxin'));
    return {
      platformId: `xn-${tag}-${String(i + 1).padStart(3, '0')}`,
      name: `${countyFacts[regionId].place}${random.pick(VILLAGE_WORDS)}${word}（${i + 1}）`,
      kind,
      regionId,
      admissions: [{ level: 'municipal', on: randomWorkingDay(random, from, to), mode: 'file' }],
    };
  });
