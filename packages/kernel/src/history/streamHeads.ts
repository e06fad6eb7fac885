import { createHash } from 'node:crypto';
import { canonicalJson } from './canonicalJson';

/** Last version and hash of every stream, as of some global position. */
export type StreamHeads = Map<string, { version: number; hash: string }>;

/** sha256 over the sorted `[streamId, version, hash]` triples: one value that pins all of history. */
export const headsDigest = (heads: StreamHeads): string => {
  const rows = [...heads.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([streamId, head]) => [streamId, head.version, head.hash]);
  return createHash('sha256').update(canonicalJson(rows)).digest('hex');
};
