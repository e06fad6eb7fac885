import type { Event, RecordedEvent } from '../events/event';

/**
 * A pure read model. `apply` must not mutate `view` in ways it cannot afford to lose: the runner
 * persists the returned view, and a view must be plain JSON to be stored.
 */
export interface Projection<View, E extends Event = Event> {
  readonly name: string;
  /** Bump when `apply` changes meaning: the new version is rebuilt from zero beside the old one. */
  readonly version: number;
  readonly init: () => View;
  readonly apply: (view: View, event: RecordedEvent<E>) => View;
  /** Event types the projection reads; others are skipped without being decoded. Omit for all. */
  readonly eventTypes?: readonly E['type'][];
}
