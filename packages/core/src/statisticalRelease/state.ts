import type { BusinessDate } from '@innoledger/kernel';
import type { StatisticalReleaseEvent } from './events';
import { type Figures, figuresOf } from './figures';
import type { ReleaseKey } from './rejections';
import type { Vintage } from './vintage';

/** The release as it stands: its key, and the latest publication with the merged figures. */
export interface StatisticalReleaseState {
  readonly release?: ReleaseKey;
  readonly latest?: {
    readonly vintage: Vintage;
    readonly publishedOn: BusinessDate;
    readonly figures: Figures;
  };
  /** Revisions so far (0 after the first publication). */
  readonly revisions: number;
}

export const initialStatisticalReleaseState: StatisticalReleaseState = { revisions: 0 };

/** Folds one event into the state. */
export const evolveStatisticalRelease = (
  state: StatisticalReleaseState,
  event: StatisticalReleaseEvent,
): StatisticalReleaseState => {
  const { regionId, year, period, vintage, publishedOn } = event.data;
  return {
    ...state,
    release: { regionId, year, period },
    latest: { vintage, publishedOn, figures: figuresOf(event.data) },
    revisions: event.type === 'StatisticsRevised' ? event.data.revision : 0,
  };
};
