import type { Programme, ProgrammeId } from './programme';

const programme = (id: string, zh: string, en: string, level: Programme['level']): Programme =>
  ({ id: id as ProgrammeId, name: { zh, en }, level }) as Programme;

/**
 * The programmes the 2020 Xianning summary names, shipped as data for examples and imports. Any
 * other programme is just another value of the same shape; nothing in `decide` looks this list up.
 */
export const programmes = {
  mostTechBoostEconomy2020: programme(
    'most-tech-boost-economy-2020',
    '科技部“科技助力经济2020”重点专项',
    'MOST key programme “Science and Technology Boosting the Economy 2020”',
    'national',
  ),
  hundredCitiesHundredParks: programme(
    'hundred-cities-hundred-parks',
    '“百城百园”行动',
    '“Hundred Cities, Hundred Parks” action',
    'national',
  ),
  hubeiKeyRnd: programme('hubei-key-rnd', '湖北省重点研发专项', 'Hubei key R&D programme', 'provincial'),
  hubeiItriPostPerformanceSubsidy: programme(
    'hubei-itri-post-performance-subsidy',
    '省级产业技术研究院绩效后补助',
    'Post-performance subsidy for provincial industrial technology research institutes',
    'provincial',
  ),
  xianningMunicipal: programme('xianning-municipal', '咸宁市市级科技计划', 'Xianning municipal S&T plan', 'municipal'),
} as const;

/** The same catalogue as a list, e.g. for a picker or an import's look-up by id. */
export const programmeCatalogue: readonly Programme[] = Object.values(programmes);
