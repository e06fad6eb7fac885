import { enterpriseName, enterpriseUscc } from './names';
import { type Random, seededRandom, seedFor } from './random';
import { type County, countyFacts, countyWeights } from './regions';

/** How an enterprise takes part in the history; every area reads the same roster. */
export interface RosterEnterprise {
  readonly key: string;
  readonly uscc: string;
  readonly name: string;
  readonly regionId: County;
  readonly industry: string;
  readonly establishedOn: string;
  /** Main business revenue of 2018 and 2019 in fen: the basis of the 2019 and 2020 规上 lists. */
  readonly revenue: { 2018: number; 2019: number };
  readonly employees: number;
  readonly totalAssets: number;
  aboveScale2019: boolean;
  aboveScale2020: boolean;
  /** The year of the certificate in force at the end of 2019, if any. */
  certifiedIn?: 2017 | 2018 | 2019;
  /** A high-tech application in 2020: which half, and whether it is certified. */
  apply2020?: { readonly half: 'H1' | 'H2'; readonly passes: boolean };
  /** Years it was admitted as a tech-based SME (科技型中小企业入库). */
  techSmeYears: number[];
  /** When it came to host a new-type R&D institution (coverage of above-scale enterprises). */
  rdHost?: 'before-2020' | '2020-H1' | '2020-H2';
}

const FEN_PER_YUAN = 100;
const M = 1_000_000 * FEN_PER_YUAN;

/** The enterprises the seed names; the rest of the roster is generated. */
const NAMED = [
  {
    key: 'houfu',
    name: '湖北厚福医疗装备有限公司',
    regionId: 'gaoxin',
    industry: '专用设备制造业',
    est: '2011-06-08',
    cert: 2018,
  },
  {
    key: 'zhenao',
    name: '湖北真奥药业集团有限公司',
    regionId: 'gaoxin',
    industry: '医药制造业',
    est: '2004-03-16',
    cert: 2019,
  },
  {
    key: 'huanghelou',
    name: '湖北黄鹤楼酒业有限公司',
    regionId: 'xianan',
    industry: '酒、饮料和精制茶制造业',
    est: '2001-09-20',
    cert: 2018,
  },
] as const;

const TOTAL = 640;
const NEW_FIRMS = 60;

const logUniform = (random: Random, min: number, max: number): number =>
  Math.round(Math.exp(Math.log(min) + random.next() * (Math.log(max) - Math.log(min))));

const dateIn = (random: Random, fromYear: number, toYear: number): string => {
  const y = random.int(fromYear, toYear);
  const m = random.int(1, 12);
  const d = random.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

const take = <T>(items: T[], n: number, where: (item: T) => boolean): T[] => {
  const out: T[] = [];
  for (const item of items) {
    if (out.length === n) break;
    if (where(item)) out.push(item);
  }
  if (out.length < n) throw new Error(`roster: wanted ${n}, found ${out.length}`);
  return out;
};

const generate = (random: Random): RosterEnterprise[] => {
  const names = new Set<string>(NAMED.map((n) => n.name));
  const usccs = new Set<string>();
  const all: RosterEnterprise[] = [];
  for (let i = 0; i < TOTAL; i++) {
    const named = NAMED[i];
    const regionId: County = named ? named.regionId : random.weighted(countyWeights);
    const { name, industry } = named ?? enterpriseName(random, countyFacts[regionId].place, names);
    const isNew = !named && i >= TOTAL - NEW_FIRMS;
    const big = named !== undefined || random.chance(0.78);
    const revenue2019 = named
      ? logUniform(random, 300 * M, 1200 * M)
      : big
        ? logUniform(random, 24 * M, 1500 * M)
        : logUniform(random, 2 * M, 18 * M);
    all.push({
      key: named?.key ?? `e${String(i).padStart(3, '0')}`,
      uscc: enterpriseUscc(random, countyFacts[regionId].code, usccs),
      name,
      regionId,
      industry,
      establishedOn: named?.est ?? (isNew ? dateIn(random, 2017, 2018) : dateIn(random, 1996, 2015)),
      revenue: { 2018: Math.round(revenue2019 * (0.85 + random.next() * 0.2)), 2019: revenue2019 },
      employees: big ? random.int(60, 900) : random.int(12, 180),
      totalAssets: Math.round(revenue2019 * (0.6 + random.next())),
      aboveScale2019: false,
      aboveScale2020: false,
      techSmeYears: [],
    });
  }
  return all;
};

/** Marks who is 规上, certified, applying, an SME and a host, in the proportions the history needs. */
const assign = (random: Random, all: RosterEnterprise[]): void => {
  const named = all.slice(0, NAMED.length);
  const pool = random.shuffle(all.slice(NAMED.length, TOTAL - NEW_FIRMS));
  const newFirms = all.slice(TOTAL - NEW_FIRMS);
  const bigEnough = (e: RosterEnterprise) => e.revenue[2018] >= 20 * M && e.revenue[2019] >= 20 * M;

  // 规上: 385 in 2019; 5 drop out and 20 join in 2020, so 400 in 2020.
  const above2019 = [...named, ...take(pool, 382, bigEnough)];
  for (const e of above2019) e.aboveScale2019 = true;
  const dropped = take(random.shuffle(above2019.slice(NAMED.length)), 5, () => true);
  const joined = take(pool, 20, (e) => !e.aboveScale2019 && e.revenue[2019] >= 20 * M);
  for (const e of above2019) e.aboveScale2020 = !dropped.includes(e);
  for (const e of joined) {
    e.aboveScale2020 = true;
    e.revenue[2018] = random.int(12 * M, 19 * M);
  }
  for (const e of dropped) e.revenue[2019] = random.int(12 * M, 19 * M);

  // 190 certificates in force at the end of 2019, 160 of them held by 规上 enterprises.
  const years: (2017 | 2018 | 2019)[] = random.shuffle([
    ...Array<2017>(37).fill(2017),
    ...Array<2018>(64).fill(2018),
    ...Array<2019>(86).fill(2019),
  ]);
  const certified = [
    ...take(random.shuffle(above2019.slice(NAMED.length)), 157, (e) => !dropped.includes(e)),
    ...take(pool, 30, (e) => !e.aboveScale2019 && !e.aboveScale2020),
  ];
  NAMED.forEach((n, i) => {
    const e = named[i];
    if (e) e.certifiedIn = n.cert;
  });
  certified.forEach((e, i) => {
    const year = years[i];
    if (year !== undefined) e.certifiedIn = year;
  });

  // 2020: 33 renewals of 2017 certificates and 92 first applications; 97 certified.
  const renewals = take(random.shuffle(all.filter((e) => e.certifiedIn === 2017)), 33, () => true);
  renewals.forEach((e, i) => {
    e.apply2020 = { half: i < 30 ? 'H1' : 'H2', passes: i !== 5 && i !== 17 };
  });
  const firstTime = take(random.shuffle([...pool, ...newFirms]), 92, (e) => e.certifiedIn === undefined);
  firstTime.forEach((e, i) => {
    // 26 of the 92 first applications fail at expert review.
    const fails = i % 7 === 3 || i % 11 === 6 || i % 17 === 12 || i === 90 || i === 91;
    e.apply2020 = { half: i < 50 ? 'H1' : 'H2', passes: !fails };
  });

  // Tech-based SMEs (≤ 500 staff, ≤ 2亿 sales and assets): 90 in 2019, 130 in 2020.
  const smeEligible = (e: RosterEnterprise) =>
    e.employees <= 500 && e.revenue[2019] <= 180 * M && e.totalAssets <= 190 * M;
  for (const e of take(random.shuffle(pool), 90, smeEligible)) e.techSmeYears.push(2019);
  for (const e of take(random.shuffle([...pool, ...newFirms]), 130, smeEligible)) e.techSmeYears.push(2020);

  // Hosts of new-type R&D institutions among 2020's 规上 enterprises: 66 before 2020, 22 + 36 in 2020.
  const hosts = random.shuffle(all.filter((e) => e.aboveScale2020));
  hosts.slice(0, 66).forEach((e) => {
    e.rdHost = 'before-2020';
  });
  hosts.slice(66, 88).forEach((e) => {
    e.rdHost = '2020-H1';
  });
  hosts.slice(88, 124).forEach((e) => {
    e.rdHost = '2020-H2';
  });
};

let cached: readonly RosterEnterprise[] | undefined;

/** The enterprises of the history, generated once from a fixed seed. */
export const roster = (): readonly RosterEnterprise[] => {
  if (cached === undefined) {
    const random = seededRandom(seedFor('roster'));
    const all = generate(random);
    assign(random, all);
    cached = all;
  }
  return cached;
};

/** An enterprise the seed names, by key: `houfu`, `zhenao`, `huanghelou`. */
export const namedEnterprise = (key: (typeof NAMED)[number]['key']): RosterEnterprise => {
  const found = roster().find((e) => e.key === key);
  if (found === undefined) throw new Error(`roster: no enterprise ${key}`);
  return found;
};
