import { usccCheckCharacter } from '@innoledger/core';
import type { Random } from './random';

// Plausible, generated enterprise names and credit codes. Only the enterprises the seed names are
// real; every other name is made up from common brand syllables and industry words.

const BRANDS = [
  '华泰',
  '金鼎',
  '博远',
  '恒信',
  '瑞丰',
  '鼎盛',
  '天元',
  '宏达',
  '新锐',
  '中科',
  '汇能',
  '楚天',
  '长江',
  '九宫',
  '隽水',
  '陆水',
  '星火',
  '银河',
  '科瑞',
  '润达',
  '凯迪',
  '宝丰',
  '嘉禾',
  '信义',
  '荣盛',
  '万和',
  '安德',
  '兴业',
  '明阳',
  '联创',
  '正源',
  '德盛',
  '丰源',
  '启航',
  '腾飞',
  '卓越',
  '思创',
  '永泰',
  '泰康',
  '益民',
  '康宁',
  '绿源',
  '青山',
  '福星',
  '隆昌',
  '富华',
  '环宇',
  '金桂',
  '桂香',
  '淦河',
  '潜山',
  '龙潭',
  '凤凰',
  '南鄂',
  '鄂南',
  '金湖',
  '赤马',
  '蒲圻',
  '黄龙',
  '天城',
] as const;

/** Name word → the industry (国民经济行业分类 门类/大类) recorded for the enterprise. */
export const INDUSTRIES: readonly (readonly [string, string])[] = [
  ['智能装备', '通用设备制造业'],
  ['机电', '电气机械和器材制造业'],
  ['电子科技', '计算机、通信和其他电子设备制造业'],
  ['新材料', '化学原料和化学制品制造业'],
  ['生物医药', '医药制造业'],
  ['药业', '医药制造业'],
  ['纺织', '纺织业'],
  ['苎麻纺织', '纺织业'],
  ['食品', '农副食品加工业'],
  ['茶业', '酒、饮料和精制茶制造业'],
  ['新能源', '电气机械和器材制造业'],
  ['汽车零部件', '汽车制造业'],
  ['化工', '化学原料和化学制品制造业'],
  ['建材', '非金属矿物制品业'],
  ['竹业', '木材加工和木、竹、藤、棕、草制品业'],
  ['环保科技', '生态保护和环境治理业'],
  ['医疗器械', '专用设备制造业'],
  ['精密制造', '金属制品业'],
  ['光电科技', '计算机、通信和其他电子设备制造业'],
  ['服饰', '纺织服装、服饰业'],
  ['包装', '造纸和纸制品业'],
  ['电力设备', '电气机械和器材制造业'],
  ['特种材料', '非金属矿物制品业'],
  ['冶金', '有色金属冶炼和压延加工业'],
];

/** A company name not in `taken`, e.g. `赤壁华泰智能装备有限公司`; returns it with its industry. */
export const enterpriseName = (
  random: Random,
  place: string,
  taken: Set<string>,
): { readonly name: string; readonly industry: string } => {
  for (;;) {
    const [word, industry] = random.pick(INDUSTRIES);
    const prefix = random.chance(0.25) ? '湖北' : place;
    const suffix = random.chance(0.15) ? '股份有限公司' : '有限公司';
    const name = `${prefix}${random.pick(BRANDS)}${word}${suffix}`;
    if (!taken.has(name)) {
      taken.add(name);
      return { name, industry };
    }
  }
};

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * A USCC for an enterprise (登记管理部门 9, 类别 1) registered at `regionCode`, with a valid check
 * character (GB 32100-2015), not in `taken`.
 */
export const enterpriseUscc = (random: Random, regionCode: string, taken: Set<string>): string => {
  for (;;) {
    let body = '';
    for (let i = 0; i < 9; i++) body += random.pick([...ALPHABET]);
    const first17 = `91${regionCode}${body}`;
    const uscc = `${first17}${usccCheckCharacter(first17)}`;
    if (!taken.has(uscc)) {
      taken.add(uscc);
      return uscc;
    }
  }
};
