/** Platform kinds that count as new-type R&D institutions (新型研发机构) for the R&D indicators. */
export const NEW_TYPE_RD_KINDS: ReadonlySet<string> = new Set([
  'new-type-rd-institution',
  'engineering-research-centre',
  'industrial-technology-research-institute',
]);
