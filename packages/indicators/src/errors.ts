import type { CorruptEvent } from '@innoledger/kernel';
import type { InvalidPeriod } from './period/period';

/** The region asked for is neither an id nor a GB/T 2260 code of the hierarchy. */
export interface UnknownRegionRequested {
  readonly _tag: 'UnknownRegionRequested';
  readonly region: string;
}

export interface UnknownIndicator {
  readonly _tag: 'UnknownIndicator';
  readonly id: string;
  readonly known: readonly string[];
}

/** A "known at" that is neither a business date nor an ISO instant. */
export interface InvalidKnownAt {
  readonly _tag: 'InvalidKnownAt';
  readonly input: string;
}

export type IndicatorRequestError = UnknownRegionRequested | UnknownIndicator | InvalidPeriod | InvalidKnownAt;
export type IndicatorError = IndicatorRequestError | CorruptEvent;
