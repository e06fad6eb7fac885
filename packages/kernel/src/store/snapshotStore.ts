/** A decider's state saved at a stream version; the state is JSON (encoded by the decider's codec). */
export interface Snapshot {
  readonly streamVersion: number;
  /** Bumped by the decider whenever its state shape changes; older snapshots are ignored. */
  readonly schemaVersion: number;
  readonly state: unknown;
}

/** Where snapshots live, keyed by stream and snapshot name (one stream may serve several deciders). */
export interface SnapshotStore {
  load(streamId: string, name: string): Promise<Snapshot | undefined>;
  save(streamId: string, name: string, snapshot: Snapshot): Promise<void>;
}
