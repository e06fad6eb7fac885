import type { Random } from './random';
import { type County, countyWeights } from './regions';
import type { RosterEnterprise } from './roster';

/** The parties and terms of one generated contract, before its amounts are known. */
export interface ContractParties {
  readonly seller: { readonly name: string; readonly regionId: County; readonly uscc?: string };
  readonly buyer: { readonly name: string; readonly regionId?: string; readonly outsideRegion?: string };
  readonly contractType: 'development' | 'transfer' | 'consulting' | 'service';
  readonly subtype?: string;
  readonly title: string;
  /** Share of the gross amount that is the technology part (技术交易额). */
  readonly techShare: number;
}

const UNIVERSITY_SELLERS = ['湖北科技学院', '咸宁职业技术学院', '湖北香城智能机电产业技术研究院'] as const;

const OUTSIDE = [
  ['湖北省武汉市', '武汉'],
  ['湖北省黄石市', '黄石'],
  ['湖南省岳阳市', '岳阳'],
  ['江西省九江市', '九江'],
  ['广东省深圳市', '深圳'],
  ['上海市', '上海'],
  ['浙江省杭州市', '杭州'],
] as const;

const BUYER_WORDS = ['机械', '电子', '新材料', '生物科技', '能源', '环境工程', '食品'] as const;

/** The 2001 rules' types (patent licensing files under transfer), with typical shares of the book. */
const TYPES: readonly (readonly [Pick<ContractParties, 'contractType' | 'subtype'>, number])[] = [
  [{ contractType: 'development', subtype: 'commissioned-development' }, 21],
  [{ contractType: 'development', subtype: 'cooperative-development' }, 9],
  [{ contractType: 'transfer', subtype: 'patent-right' }, 4],
  [{ contractType: 'transfer', subtype: 'patent-application-right' }, 2],
  [{ contractType: 'transfer', subtype: 'patent-licensing' }, 4],
  [{ contractType: 'transfer', subtype: 'technical-secret' }, 2],
  [{ contractType: 'consulting' }, 8],
  [{ contractType: 'service', subtype: 'technical-service' }, 40],
  [{ contractType: 'service', subtype: 'technical-training' }, 5],
  [{ contractType: 'service', subtype: 'technical-intermediary' }, 5],
];

const TITLE_WORDS: Record<ContractParties['contractType'], readonly string[]> = {
  development: ['生产线智能化改造技术开发', '新产品研发', '关键工艺技术开发', '检测系统开发'],
  transfer: ['专利技术转让', '专有技术转让', '发明专利实施'],
  consulting: ['技术可行性论证', '工艺技术咨询', '技术发展规划咨询'],
  service: ['设备技术服务', '检测分析技术服务', '工艺优化技术服务', '软件系统运维技术服务'],
};

/** Picks a seller (its county by the city's weights), a buyer, a type and a title for one contract. */
export const contractParties = (
  random: Random,
  sellersByCounty: ReadonlyMap<County, readonly RosterEnterprise[]>,
  all: readonly RosterEnterprise[],
): ContractParties => {
  const county = random.weighted(countyWeights);
  const seller =
    county === 'xianan' && random.chance(0.2)
      ? { name: random.pick(UNIVERSITY_SELLERS), regionId: county }
      : (() => {
          const e = random.pick(sellersByCounty.get(county) ?? []);
          return { name: e.name, regionId: e.regionId, uscc: e.uscc };
        })();
  const local = random.chance(0.4);
  const buyer = local
    ? (() => {
        let e = random.pick(all);
        while (e.name === seller.name) e = random.pick(all);
        return { name: e.name, regionId: e.regionId };
      })()
    : (() => {
        const [region, city] = random.pick(OUTSIDE);
        return { name: `${city}${random.pick(BUYER_WORDS)}有限公司`, outsideRegion: region };
      })();
  const type = random.weighted(TYPES);
  const techShare = type.contractType === 'transfer' ? 1 : 0.6 + random.next() * 0.4;
  return { seller, buyer, ...type, title: random.pick(TITLE_WORDS[type.contractType]), techShare };
};
