// Which commands each writer sends: its own, round-robin over the streams, plus commands every
// writer sends alike (same id, stream and payload), which must land once whoever wins.
export const STREAMS = Array.from({ length: 20 }, (_, i) => `counter-${i + 1}`);
export const SHARED = 25;

export interface PlannedCommand {
  readonly commandId: string;
  readonly streamId: string;
  readonly by: string;
  readonly n: number;
}

export const planFor = (label: string, count: number): PlannedCommand[] => {
  const out: PlannedCommand[] = [];
  for (let i = 0; i < count; i++) {
    // Every twentieth command is a shared one while they last; the rest are the writer's own.
    const shared = i % 20 === 0 && i / 20 < SHARED;
    const n = shared ? i / 20 : i;
    out.push(
      shared
        ? { commandId: `shared-${n}`, streamId: STREAMS[n % STREAMS.length] as string, by: 'shared', n }
        : { commandId: `${label}-${i}`, streamId: STREAMS[i % STREAMS.length] as string, by: label, n },
    );
  }
  return out;
};
