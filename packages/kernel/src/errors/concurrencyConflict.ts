import type { ExpectedVersion } from '../store/expectedVersion';

/** The stream was not at the version the caller expected: someone else wrote first. */
export interface ConcurrencyConflict {
  readonly _tag: 'ConcurrencyConflict';
  readonly streamId: string;
  readonly expected: ExpectedVersion;
  /** The stream's version when the append was tried (0 = no events yet). */
  readonly actual: number;
}

export const concurrencyConflict = (
  streamId: string,
  expected: ExpectedVersion,
  actual: number,
): ConcurrencyConflict => ({ _tag: 'ConcurrencyConflict', streamId, expected, actual });
