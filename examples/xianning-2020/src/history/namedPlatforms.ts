import { XIANGCHENG_ITRI } from '../platformIds';
import type { Host, Kind, Level, PlatformPlan } from '../platformPlan';

type Step = readonly [Level, string, 'file' | 'recognise'];

const named = (
  platformId: string,
  name: string,
  kind: Kind,
  regionId: string,
  steps: readonly Step[],
  host?: Host,
): PlatformPlan => ({
  platformId,
  name,
  kind,
  regionId,
  ...(host === undefined ? {} : { host }),
  admissions: steps.map(([level, on, mode]) => ({ level, on, mode })),
});

/**
 * The platforms with their own names: the seed's (湖北香城智能机电产业技术研究院, 咸安区盛通白水畈星创天地)
 * and plausible ones. The maker spaces rise a level in 2020 (1 national, 2 provincial); the four
 * provincial star innovation bases are filed in June 2020.
 */
export const namedPlatforms: readonly PlatformPlan[] = [
  named(
    XIANGCHENG_ITRI,
    '湖北香城智能机电产业技术研究院',
    'industrial-technology-research-institute',
    'gaoxin',
    [['provincial', '2018-06-20', 'recognise']],
    { institution: '咸宁高新区管委会' },
  ),
  named('xn-maker-qingchuanghui', '咸宁高新区青创汇众创空间', 'maker-space', 'gaoxin', [
    ['municipal', '2017-05-16', 'file'],
    ['provincial', '2018-07-12', 'file'],
    ['national', '2020-05-12', 'file'],
  ]),
  named('xn-maker-chibi-xinghuo', '赤壁市星火众创空间', 'maker-space', 'chibi', [
    ['municipal', '2018-09-18', 'file'],
    ['provincial', '2020-06-08', 'file'],
  ]),
  named('xn-maker-xianan-chuangke', '咸安区创客之家众创空间', 'maker-space', 'xianan', [
    ['municipal', '2019-04-23', 'file'],
    ['provincial', '2020-06-08', 'file'],
  ]),
  named('xn-maker-jiayu', '嘉鱼县青年创业众创空间', 'maker-space', 'jiayu', [['municipal', '2019-06-11', 'file']]),
  named('xn-maker-tongcheng', '通城县电商众创空间', 'maker-space', 'tongcheng', [['municipal', '2020-10-20', 'file']]),
  named('xn-incubator-gaoxin', '咸宁高新区科技企业孵化器', 'incubator', 'gaoxin', [
    ['provincial', '2016-11-08', 'recognise'],
  ]),
  named('xn-incubator-chibi', '赤壁市科技企业孵化器', 'incubator', 'chibi', [
    ['municipal', '2018-03-20', 'file'],
    ['provincial', '2020-11-24', 'recognise'],
  ]),
  named('xn-agri-park-yangfan', '咸宁杨畈农业高新技术示范区', 'agricultural-park', 'xianan', [
    ['provincial', '2019-10-15', 'recognise'],
  ]),
  named('xn-star-baishuifan', '咸安区盛通白水畈星创天地', 'star-innovation-base', 'xianan', [
    ['provincial', '2020-06-15', 'file'],
  ]),
  named('xn-star-chibi-tea', '赤壁市羊楼洞砖茶星创天地', 'star-innovation-base', 'chibi', [
    ['provincial', '2020-06-15', 'file'],
  ]),
  named('xn-star-chongyang', '崇阳县天城镇星创天地', 'star-innovation-base', 'chongyang', [
    ['provincial', '2020-06-15', 'file'],
  ]),
  named('xn-star-tongshan', '通山县楠竹星创天地', 'star-innovation-base', 'tongshan', [
    ['provincial', '2020-06-15', 'file'],
  ]),
];

/** New-type R&D institutions run by universities and institutes (no enterprise host): 3 in H1, 1 in H2. */
export const institutionPlatforms: readonly PlatformPlan[] = [
  ['湖北科技学院', '桂花产业', '2020-05-19'],
  ['咸宁市农业科学院', '鄂南特色农业', '2020-06-02'],
  ['咸宁职业技术学院', '智能制造', '2020-06-16'],
  ['咸宁市林业科学研究院', '林下经济', '2020-09-22'],
].map(([institution = '', field = '', on = ''], i) =>
  named(
    `xn-rd-institute-${i + 1}`,
    `${institution}${field}新型研发机构`,
    'new-type-rd-institution',
    'xianan',
    [['municipal', on, 'file']],
    { institution },
  ),
);

/** Incubators and maker spaces that relieve their incubatees' rent in the epidemic. */
export const RENT_RELIEF_PLATFORMS = [
  'xn-incubator-gaoxin',
  'xn-incubator-chibi',
  'xn-maker-qingchuanghui',
  'xn-maker-chibi-xinghuo',
];

/** Those graded for 2019 in April 2020 (the Jiayu maker space withdraws in September). */
export const GRADED_PLATFORMS = [...RENT_RELIEF_PLATFORMS, 'xn-maker-xianan-chuangke', 'xn-maker-jiayu'];
