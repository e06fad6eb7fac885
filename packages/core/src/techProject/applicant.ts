import * as t from 'io-ts';
import { RegionId } from '../regions/region';
import { NonEmptyString } from '../shared/strings';
import { Uscc } from '../shared/uscc';

/**
 * Who applies (申报单位): an enterprise by its USCC, a platform by its TechPlatform id, a zone
 * (e.g. 咸宁高新区 for "百城百园") by its region id, or any other institution by name.
 */
export const Applicant = t.union([
  t.type({ kind: t.literal('enterprise'), uscc: Uscc }),
  t.type({ kind: t.literal('platform'), platformId: NonEmptyString }),
  t.type({ kind: t.literal('zone'), regionId: RegionId }),
  t.type({ kind: t.literal('institution'), name: NonEmptyString }),
]);
export type Applicant = t.TypeOf<typeof Applicant>;

export const ApplicantKind = t.keyof({ enterprise: null, platform: null, zone: null, institution: null });
export type ApplicantKind = t.TypeOf<typeof ApplicantKind>;
