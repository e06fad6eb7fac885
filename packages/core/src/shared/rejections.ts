import type { DomainConfig } from './domainConfig';

/** The command names a region the configured hierarchy does not have. */
export interface UnknownRegion {
  readonly _tag: 'UnknownRegion';
  readonly regionId: string;
  /** Field path of the region in the command, e.g. `data.seller.regionId`. */
  readonly path: string;
}

/** Returns an UnknownRegion rejection when `regionId` is not in the hierarchy, else undefined. */
export const checkRegion = (config: DomainConfig, regionId: string, path: string): UnknownRegion | undefined =>
  config.regions.find(regionId) === undefined ? { _tag: 'UnknownRegion', regionId, path } : undefined;
