import type { AppendExpectedRevision, CurrentRevision } from '@eventstore/db-client';
import type { ExpectedVersion } from '@innoledger/kernel';

// Our versions count events from 1 (0 = no events); the server's revisions index them from 0n.
// Version v is revision v - 1, and every conversion refuses what a JS number cannot hold exactly.

/** The server revision of stream version `version` (≥ 1). Throws on anything else: a caller bug. */
export const versionToRevision = (version: number): bigint => {
  if (!Number.isSafeInteger(version) || version < 1)
    throw new RangeError(`stream version must be a safe integer ≥ 1, got ${version}`);
  return BigInt(version - 1);
};

/** The stream version of server revision `revision`; a revision past 2^53 - 2 cannot be a safe version. */
export const revisionToVersion = (revision: bigint): number => {
  if (revision < 0n || revision >= BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError(`server revision ${revision} has no safe stream version`);
  return Number(revision) + 1;
};

/** Our expectation as the client's: a number is the exact version, 0 the same as `'no_stream'`. */
export const toExpectedRevision = (expected: ExpectedVersion): AppendExpectedRevision => {
  switch (expected) {
    case 'any':
    case 'no_stream':
    case 'stream_exists':
      return expected;
    default:
      return expected === 0 ? 'no_stream' : versionToRevision(expected);
  }
};

/** The client's expectation as ours (for reporting what the server refused). */
export const fromExpectedRevision = (expected: AppendExpectedRevision): ExpectedVersion =>
  typeof expected === 'bigint' ? revisionToVersion(expected) : expected;

/** The stream's current version from the client's current revision (`'no_stream'` is 0). */
export const fromCurrentRevision = (current: CurrentRevision): number =>
  current === 'no_stream' ? 0 : revisionToVersion(current);
