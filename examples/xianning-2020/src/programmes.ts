/** A funding programme (专项) as the TechProject commands carry it: data, not code. */
export interface ProgrammeData {
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly level: 'national' | 'provincial' | 'municipal';
}

const programme = (id: string, zh: string, en: string, level: ProgrammeData['level']): ProgrammeData => ({
  id,
  name: { zh, en },
  level,
});

/** The programmes the seed names, and the others Xianning's 2020 project library aimed at. */
export const programmes = {
  techBoost2020: programme(
    'most-tech-boost-economy-2020',
    '科技部“科技助力经济2020”重点专项',
    'MOST key programme “Science and Technology Boosting the Economy 2020”',
    'national',
  ),
  hundredCities: programme(
    'hundred-cities-hundred-parks',
    '“百城百园”行动',
    '“Hundred Cities, Hundred Parks” action',
    'national',
  ),
  itriSubsidy: programme(
    'hubei-itri-post-performance-subsidy',
    '省级产业技术研究院绩效后补助',
    'Post-performance subsidy for provincial industrial technology research institutes',
    'provincial',
  ),
  hubeiKeyRnd: programme('hubei-key-rnd', '湖北省重点研发专项', 'Hubei key R&D programme', 'provincial'),
  hubeiInnovation: programme(
    'hubei-tech-innovation-major',
    '湖北省技术创新专项（重大项目）',
    'Hubei technological innovation programme (major projects)',
    'provincial',
  ),
  hubeiTransformation: programme(
    'hubei-achievement-transformation',
    '湖北省科技成果转化专项',
    'Hubei S&T achievement transformation programme',
    'provincial',
  ),
  hubeiRural: programme(
    'hubei-rural-sci-tech',
    '湖北省农业科技创新专项',
    'Hubei agricultural S&T innovation programme',
    'provincial',
  ),
  hubeiNaturalScience: programme(
    'hubei-natural-science-foundation',
    '湖北省自然科学基金',
    'Hubei natural science foundation',
    'provincial',
  ),
  hubeiInternational: programme(
    'hubei-international-cooperation',
    '湖北省国际科技合作专项',
    'Hubei international S&T cooperation programme',
    'provincial',
  ),
  nationalKeyRnd: programme('most-national-key-rnd', '国家重点研发计划', 'National key R&D programme', 'national'),
  dualInnovationCarrier: programme(
    'most-resource-backed-innovation-carrier',
    '科技部科技资源支撑型双创特色载体',
    'MOST resource-backed innovation and entrepreneurship carriers',
    'national',
  ),
  xianningMunicipal: programme('xianning-municipal', '咸宁市市级科技计划', 'Xianning municipal S&T plan', 'municipal'),
} as const;
