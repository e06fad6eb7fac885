import { type Region, type RegionHierarchy, type RegionId, regionHierarchy } from './region';

const id = (s: string) => s as RegionId;

/** 咸宁市 and its counties, districts and the high-tech zone: the default hierarchy. */
export const xianningRegionList: readonly Region[] = [
  { id: id('xianning'), name: { zh: '咸宁市', en: 'Xianning' }, kind: 'city', code: '421200' },
  {
    id: id('xianan'),
    name: { zh: '咸安区', en: 'Xian’an District' },
    kind: 'district',
    code: '421202',
    parent: id('xianning'),
  },
  {
    id: id('jiayu'),
    name: { zh: '嘉鱼县', en: 'Jiayu County' },
    kind: 'county',
    code: '421221',
    parent: id('xianning'),
  },
  {
    id: id('tongcheng'),
    name: { zh: '通城县', en: 'Tongcheng County' },
    kind: 'county',
    code: '421222',
    parent: id('xianning'),
  },
  {
    id: id('chongyang'),
    name: { zh: '崇阳县', en: 'Chongyang County' },
    kind: 'county',
    code: '421223',
    parent: id('xianning'),
  },
  {
    id: id('tongshan'),
    name: { zh: '通山县', en: 'Tongshan County' },
    kind: 'county',
    code: '421224',
    parent: id('xianning'),
  },
  {
    id: id('chibi'),
    name: { zh: '赤壁市', en: 'Chibi' },
    kind: 'county-level-city',
    code: '421281',
    parent: id('xianning'),
  },
  { id: id('gaoxin'), name: { zh: '咸宁高新区', en: 'Xianning High-tech Zone' }, kind: 'zone', parent: id('xianning') },
];

export const xianningRegions: RegionHierarchy = regionHierarchy(xianningRegionList);
