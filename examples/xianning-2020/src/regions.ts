/** The counties, districts and zone facts are recorded in; city-level facts use `xianning`. */
export const COUNTIES = ['xianan', 'jiayu', 'tongcheng', 'chongyang', 'tongshan', 'chibi', 'gaoxin'] as const;
export type County = (typeof COUNTIES)[number];

export const CITY = 'xianning';

/**
 * What names and codes need per county: the GB/T 2260 code used in USCCs (the zone has none, so its
 * enterprises carry the city's), the place name enterprises take, and a weight for how much of the
 * city's activity happens there.
 */
export const countyFacts: Readonly<Record<County, { code: string; place: string; weight: number }>> = {
  xianan: { code: '421202', place: '咸宁', weight: 20 },
  gaoxin: { code: '421200', place: '咸宁', weight: 22 },
  chibi: { code: '421281', place: '赤壁', weight: 19 },
  jiayu: { code: '421221', place: '嘉鱼', weight: 12 },
  tongcheng: { code: '421222', place: '通城', weight: 10 },
  chongyang: { code: '421223', place: '崇阳', weight: 9 },
  tongshan: { code: '421224', place: '通山', weight: 8 },
};

/** Counties with their weights, for `Random.weighted`. */
export const countyWeights: readonly (readonly [County, number])[] = COUNTIES.map((c) => [c, countyFacts[c].weight]);
