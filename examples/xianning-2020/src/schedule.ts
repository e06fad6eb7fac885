/** A command as raw JSON-like input, exactly what the command bus decodes. */
export interface RawCommand {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** One command of the history and the instant the store records it at. */
export interface ScheduledCommand {
  /** UTC ISO instant the simulated clock is set to before the command is sent. */
  readonly recordAt: string;
  readonly command: RawCommand;
  /** The document that announced the fact, copied into the events' metadata. */
  readonly source?: string;
}

const SECONDS_PER_BUSINESS_DAY = 12 * 60 * 60;

/**
 * The instant a fact of `date` is recorded: that business day at 09:00 China Standard Time plus
 * `seq` seconds, so facts of one day keep their order and never spill into the next day.
 */
export const onDay = (date: string, seq = 0): string => {
  if (!Number.isSafeInteger(seq) || seq < 0 || seq >= SECONDS_PER_BUSINESS_DAY)
    throw new RangeError(`onDay: seq ${seq} does not fit in one business day`);
  const ms = Date.parse(`${date}T09:00:00+08:00`);
  if (!Number.isFinite(ms)) throw new RangeError(`onDay: not a date ${date}`);
  return new Date(ms + seq * 1000).toISOString();
};

/** Collects one area's commands; each is recorded on its day, in the order added. */
export interface Schedule {
  /** Adds a command recorded on `date` (its business date, or its publication day). */
  add(date: string, type: string, data: Readonly<Record<string, unknown>>, source?: string): void;
  readonly commands: readonly ScheduledCommand[];
}

export const createSchedule = (): Schedule => {
  const commands: ScheduledCommand[] = [];
  const seqByDay = new Map<string, number>();
  return {
    add(date, type, data, source) {
      const seq = seqByDay.get(date) ?? 0;
      seqByDay.set(date, seq + 1);
      const recordAt = onDay(date, seq);
      commands.push(
        source === undefined ? { recordAt, command: { type, data } } : { recordAt, command: { type, data }, source },
      );
    },
    commands,
  };
};
