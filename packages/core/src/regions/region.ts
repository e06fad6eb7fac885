import * as t from 'io-ts';

export interface RegionIdBrand {
  readonly RegionId: unique symbol;
}
/** A region's stable id, e.g. `xianning`, `chibi`, `gaoxin`. Which ids exist is data (the hierarchy). */
export type RegionId = t.Branded<string, RegionIdBrand>;
export const RegionId = t.brand(t.string, (s): s is RegionId => /^[a-z][a-z0-9-]{0,63}$/.test(s), 'RegionId');

export type RegionKind = 'province' | 'city' | 'district' | 'county' | 'county-level-city' | 'zone';

export interface Region {
  readonly id: RegionId;
  readonly name: { readonly zh: string; readonly en: string };
  readonly kind: RegionKind;
  /** GB/T 2260 administrative code where one exists; development zones have none. */
  readonly code?: string;
  readonly parent?: RegionId;
}

/** A city's regions as data: look-ups by id or GB/T 2260 code, and the city → county tree. */
export interface RegionHierarchy {
  readonly regions: readonly Region[];
  /** Finds a region by id or by GB/T 2260 code. */
  find(idOrCode: string): Region | undefined;
  /** The region and every region below it. */
  selfAndDescendants(id: RegionId): readonly RegionId[];
  /** True when `id` is `ancestor` or lies below it. */
  isWithin(id: string, ancestor: string): boolean;
}

/** Builds a hierarchy, refusing duplicate ids or codes and parents that do not exist. */
export const regionHierarchy = (regions: readonly Region[]): RegionHierarchy => {
  const byId = new Map<string, Region>();
  const byCode = new Map<string, Region>();
  for (const r of regions) {
    if (byId.has(r.id)) throw new Error(`region ${r.id} is listed twice`);
    byId.set(r.id, r);
    if (r.code !== undefined) {
      if (byCode.has(r.code)) throw new Error(`region code ${r.code} is listed twice`);
      byCode.set(r.code, r);
    }
  }
  for (const r of regions) {
    if (r.parent !== undefined && !byId.has(r.parent))
      throw new Error(`region ${r.id}: parent ${r.parent} is not listed`);
  }
  const children = new Map<string, RegionId[]>();
  for (const r of regions) {
    if (r.parent !== undefined) children.set(r.parent, [...(children.get(r.parent) ?? []), r.id]);
  }
  const selfAndDescendants = (id: RegionId): RegionId[] => [
    id,
    ...(children.get(id) ?? []).flatMap(selfAndDescendants),
  ];
  const isWithin = (id: string, ancestor: string): boolean => {
    for (let r = byId.get(id); r; r = r.parent === undefined ? undefined : byId.get(r.parent)) {
      if (r.id === ancestor) return true;
    }
    return false;
  };
  return {
    regions,
    find: (idOrCode) => byId.get(idOrCode) ?? byCode.get(idOrCode),
    selfAndDescendants,
    isWithin,
  };
};
