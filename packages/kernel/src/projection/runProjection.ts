import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { type CorruptEvent, isCorruptEventError } from '../errors/corruptEvent';
import type { Event, RecordedEvent } from '../events/event';
import type { EventRegistry } from '../events/registry';
import type { EventStore } from '../store/eventStore';
import { isReservedStream } from '../store/streamId';
import { type Clock, systemClock } from '../time/clock';
import type { Projection } from './projection';

export interface RunProjectionOptions<View, E extends Event> {
  readonly store: EventStore;
  readonly projection: Projection<View, E>;
  readonly registry: EventRegistry<E>;
  /**
   * Stop at a global position (inclusive) or at a recorded instant: "what did we know then".
   * A bounded run neither reads nor writes the checkpoint: the past is computed, not stored.
   */
  readonly until?: { readonly position?: number; readonly recordedAt?: string };
  /**
   * Ignore the stored checkpoint and replay from zero. The stored view and checkpoint are replaced
   * once, at the end: readers never load a half-rebuilt view, a stored checkpoint never moves back,
   * and a rebuild that fails or is stopped leaves the last complete view in place. A replay that
   * should keep its progress along the way is a new `version` of the projection: it starts from
   * zero as a catch-up run.
   */
  readonly rebuild?: boolean;
  /** Events read per round trip; default 1000. */
  readonly batchSize?: number;
  /**
   * Persist view and checkpoint every this many applied events (and at the end); default 50,000.
   * A rebuild saves only at the end.
   */
  readonly checkpointEvery?: number;
  /**
   * The largest share of the run's time that intermediate checkpoints may take; default 0.05. A
   * view such as the indicators' ledger grows with the entities it knows, so saving it every
   * `checkpointEvery` events would cost more and more: after a save that took d ms the next one
   * waits at least d·(1/share − 1) ms. 1 saves on every `checkpointEvery`. The final save always runs.
   */
  readonly checkpointShare?: number;
  /** Time source for `checkpointShare`; default the system clock. */
  readonly clock?: Clock;
  /** Called after each batch with the last position read, for progress bars. */
  readonly onProgress?: (position: number) => void;
}

export interface ProjectionRun<View> {
  readonly view: View;
  /** Last global position the view reflects. */
  readonly position: number;
  /** Events applied in this run. */
  readonly applied: number;
}

/**
 * Runs a projection over `readAll`, from its checkpoint (or zero) to the head or the given bound.
 * Library-internal streams (seals) are skipped; corrupt events stop the run with a value.
 */
export const runProjection = async <View, E extends Event>(
  options: RunProjectionOptions<View, E>,
): Promise<Either<CorruptEvent, ProjectionRun<View>>> => {
  const { store, projection, registry } = options;
  const bounded = options.until !== undefined;
  const persist = !bounded;
  // A rebuild's partial view would replace a complete one, and every save of a large view needs a
  // few times its JSON in transient memory: in a 1M-event rebuild those saves decided the peak RSS.
  const saveAlong = persist && !options.rebuild;
  const checkpointEvery = options.checkpointEvery ?? 50_000;
  const share = options.checkpointShare ?? 0.05;
  if (!(share > 0 && share <= 1))
    throw new RangeError(`runProjection: checkpointShare must be in (0, 1], got ${share}`);
  const clock = options.clock ?? systemClock;
  const ms = () => clock.now().getTime();
  const wanted = projection.eventTypes ? new Set<string>(projection.eventTypes) : undefined;

  let view = projection.init();
  let position = 0;
  if (persist && !options.rebuild) {
    const saved = await store.projections.load(projection.name, projection.version);
    if (saved) {
      view = saved.view as View;
      position = saved.position;
    }
  }
  let applied = 0;
  let sinceSave = 0;
  let savedPosition = position;
  let nextSaveAt = 0;
  const save = async () => {
    const started = ms();
    await store.projections.save(projection.name, projection.version, { view, position });
    savedPosition = position;
    const ended = ms();
    nextSaveAt = ended + (ended - started) * (1 / share - 1);
  };
  const batchSize = options.batchSize ?? 1000;
  let inBatch = 0;
  try {
    for await (const raw of store.readAll({
      after: position,
      batchSize,
      ...(options.until?.position !== undefined ? { toPosition: options.until.position } : {}),
      // Stores compare instants as ISO text: normalise so `+08:00` and `Z` forms cut alike.
      ...(options.until?.recordedAt !== undefined
        ? { recordedUpTo: new Date(options.until.recordedAt).toISOString() }
        : {}),
    })) {
      position = raw.globalPosition;
      if (!isReservedStream(raw.streamId) && (wanted === undefined || wanted.has(raw.type))) {
        const decoded = registry.decode(raw);
        if (isLeft(decoded)) return left(decoded.left);
        view = projection.apply(view, decoded.right as RecordedEvent<E>);
        applied++;
        sinceSave++;
      }
      if (++inBatch === batchSize) {
        inBatch = 0;
        options.onProgress?.(position);
        if (saveAlong && sinceSave >= checkpointEvery && ms() >= nextSaveAt) {
          await save();
          sinceSave = 0;
        }
      }
    }
  } catch (error) {
    if (isCorruptEventError(error)) return left(error.corrupt);
    throw error;
  }
  options.onProgress?.(position);
  // Also when nothing was applied but the position moved (skipped types, seals): otherwise every
  // later run would read those events again.
  if (persist && (sinceSave > 0 || position !== savedPosition || options.rebuild)) await save();
  return right({ view, position, applied });
};
