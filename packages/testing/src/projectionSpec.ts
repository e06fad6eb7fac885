import {
  type Event,
  type EventRegistry,
  isReservedStream,
  type Projection,
  type RecordedEvent,
} from '@innoledger/kernel';
import { isLeft } from 'fp-ts/lib/Either.js';
import { assert, expect } from 'vitest';

export interface ProjectionSpecGiven<View> {
  /** The view after applying the events as the runner would. */
  view(): View;
  /**
   * Asserts the view (compared with `toEqual`), and that it is what a runner resuming from a
   * checkpoint after any of the events would reach: the view survives its JSON round trip at
   * every step, so a projection that keeps a Map or a Date in its view fails here, not in
   * production after the first restart.
   */
  expectView(expected: View): void;
}

export interface ProjectionSpec<View, E extends Event> {
  given(events: readonly RecordedEvent<E>[]): ProjectionSpecGiven<View>;
}

export interface ProjectionSpecOptions<E extends Event> {
  /** Decode (and upcast) each event through the registry first, as the runner does. */
  readonly registry?: EventRegistry<E>;
}

/** Every split point of a short history; about a hundred spread over a long one. */
const resumePoints = (length: number): number[] => {
  const step = Math.max(1, Math.ceil(length / 100));
  const points: number[] = [];
  for (let k = 0; k < length; k += step) points.push(k);
  points.push(length);
  return points;
};

/**
 * Given recorded events (see `recordedEvents`), expect a view:
 *
 * ```ts
 * projectionSpec(contractTotals)
 *   .given(recordedEvents([{ type: 'ContractRegistered', data: { amountFen: 100 } }]))
 *   .expectView({ totalFen: 100 });
 * ```
 *
 * Applies the runner's rules: library streams (seals) are skipped, and so are event types the
 * projection does not list in `eventTypes`.
 */
export const projectionSpec = <View, E extends Event>(
  projection: Projection<View, E>,
  options: ProjectionSpecOptions<E> = {},
): ProjectionSpec<View, E> => ({
  given: (events) => {
    const wanted = projection.eventTypes ? new Set<string>(projection.eventTypes) : undefined;
    const applicable = events
      .filter((e) => !isReservedStream(e.streamId) && (wanted === undefined || wanted.has(e.type)))
      .map((e) => {
        if (!options.registry) return e;
        const decoded = options.registry.decode(e);
        if (isLeft(decoded)) return assert.fail(`projectionSpec: corrupt fixture ${JSON.stringify(decoded.left)}`);
        return decoded.right;
      });
    const applyFrom = (view: View, from: number) => applicable.slice(from).reduce(projection.apply, view);
    return {
      view: () => applyFrom(projection.init(), 0),
      expectView: (expected) => {
        const full = applyFrom(projection.init(), 0);
        expect(full).toEqual(expected);
        for (const k of resumePoints(applicable.length)) {
          const checkpoint = applicable.slice(0, k).reduce(projection.apply, projection.init());
          const stored = JSON.parse(JSON.stringify(checkpoint)) as View;
          let resumed: View;
          try {
            resumed = applyFrom(stored, k);
          } catch (error) {
            return assert.fail(`resumedAfter ${k} events, apply threw on the view's JSON copy: ${String(error)}`);
          }
          expect({ resumedAfter: k, view: resumed }).toEqual({ resumedAfter: k, view: full });
        }
      },
    };
  },
});
