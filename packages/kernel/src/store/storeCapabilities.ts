/**
 * What a store can and cannot promise. The contract suite reads these flags and, where a store
 * declares it cannot offer a behaviour, checks the documented alternative instead of skipping.
 */
export interface StoreCapabilities {
  /** A projection's view and checkpoint are committed in one transaction. */
  readonly atomicViewCheckpoint: boolean;
  /**
   * `recordedAt` never decreases along global order across all writers. When false it holds per
   * writer process only, and as-known-at reads must cut by position instead of by time.
   */
  readonly monotonicRecordedAt: boolean;
  /** Largest payload one append can carry, in bytes; bigger appends are refused whole. */
  readonly maxAppendBytes: number | undefined;
}
