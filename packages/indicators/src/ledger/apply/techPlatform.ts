import type { TechPlatformEvent } from '@innoledger/core';
import { addFlowWithBreakdown } from '../flows';
import type { Ledger, PlatformFact } from '../ledger';
import { NEW_TYPE_RD_KINDS } from '../newTypeRdKinds';

/** Folds a TechPlatform event into the ledger: admissions by kind × level, revocations, hosts. */
export const applyTechPlatformEvent = (ledger: Ledger, event: TechPlatformEvent): void => {
  switch (event.type) {
    case 'PlatformFiled':
    case 'PlatformRecognised': {
      const d = event.data;
      const known = ledger.platforms[d.platformId];
      const platform: PlatformFact = known ?? {
        kind: d.kind,
        regionId: d.regionId,
        ...(d.hostUscc !== undefined ? { hostUscc: d.hostUscc } : {}),
        admissions: [],
        revocations: [],
      };
      ledger.platforms[d.platformId] = platform;
      addFlowWithBreakdown(ledger.flows, 'platforms.filed', `${d.kind}/${d.level}`, d.regionId, d.on, 1);
      // 新建: an institution counts once, when first admitted; an upgrade is not a new one.
      if (platform.admissions.length === 0 && NEW_TYPE_RD_KINDS.has(d.kind)) {
        addFlowWithBreakdown(ledger.flows, 'rd_institutions.new_type', d.kind, d.regionId, d.on, 1);
      }
      platform.admissions.push({ level: d.level, on: d.on });
      return;
    }
    case 'PlatformRevoked':
      ledger.platforms[event.data.platformId]?.revocations.push(event.data.revokedOn);
      return;
    default:
      return;
  }
};
