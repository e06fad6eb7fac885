import * as t from 'io-ts';
import { slugId } from '../shared/brands';
import { NonEmptyString } from '../shared/strings';
import { Uscc } from '../shared/uscc';

/** A platform's stable slug, e.g. `xiangcheng-zhineng-jidian-yjy`; the stream is `techPlatform-${platformId}`. */
export const PlatformId = slugId('PlatformId', 64);
export type PlatformId = t.TypeOf<typeof PlatformId>;

/**
 * 众创空间, 科技企业孵化器, 星创天地, 新型研发机构, 工程技术研究中心, 产业技术研究院, 农业科技示范基地,
 * 农业科技园区 (incl. 农业高新技术示范区).
 */
export const PlatformKind = t.keyof({
  'maker-space': null,
  incubator: null,
  'star-innovation-base': null,
  'new-type-rd-institution': null,
  'engineering-research-centre': null,
  'industrial-technology-research-institute': null,
  'agricultural-demonstration-base': null,
  'agricultural-park': null,
});
export type PlatformKind = t.TypeOf<typeof PlatformKind>;

/** 市级 < 省级 < 国家级. */
export const PlatformLevel = t.keyof({ municipal: null, provincial: null, national: null });
export type PlatformLevel = t.TypeOf<typeof PlatformLevel>;

const RANK: Readonly<Record<PlatformLevel, number>> = { municipal: 1, provincial: 2, national: 3 };
/** Positive when `a` is above `b`. */
export const compareLevels = (a: PlatformLevel, b: PlatformLevel): number => RANK[a] - RANK[b];

/** 备案 (registration-type) or 认定 (evaluation-type) admission. */
export const AdmissionMode = t.keyof({ filing: null, recognition: null });
export type AdmissionMode = t.TypeOf<typeof AdmissionMode>;

/** Annual evaluation grade: A 优秀, B 良好, C 合格, D 不合格. */
export const Grade = t.keyof({ A: null, B: null, C: null, D: null });
export type Grade = t.TypeOf<typeof Grade>;

/** Grounds a command may give for revoking; the decider adds `two-consecutive-unqualified` itself. */
export const RevokeReason = t.keyof({ fraud: null, 'failed-recheck': null, voluntary: null });
export type RevokeReason = t.TypeOf<typeof RevokeReason>;

export const PlatformRevocationReason = t.keyof({
  fraud: null,
  'failed-recheck': null,
  voluntary: null,
  'two-consecutive-unqualified': null,
});
export type PlatformRevocationReason = t.TypeOf<typeof PlatformRevocationReason>;

/** The operator: an enterprise by its USCC, or an institution (university, institute) by name. */
export const PlatformHost = t.union([t.type({ uscc: Uscc }), t.type({ institution: NonEmptyString })], 'PlatformHost');
export type PlatformHost = t.TypeOf<typeof PlatformHost>;

/** The host's USCC when the host is an enterprise: what the R&D coverage indicator joins on. */
export const hostUsccOf = (host: PlatformHost | undefined): Uscc | undefined =>
  host !== undefined && 'uscc' in host ? host.uscc : undefined;
