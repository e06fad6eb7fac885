/** A projection's view with the global position it reflects. */
export interface ProjectionState {
  readonly view: unknown;
  readonly position: number;
}

/**
 * Where projection views and checkpoints live, keyed by projection name and version (a rebuild
 * writes a fresh version beside the old one). `save` writes the view and its checkpoint together,
 * so a crash never leaves a view that claims a position it has not applied.
 */
export interface ProjectionStateStore {
  load(name: string, version: number): Promise<ProjectionState | undefined>;
  save(name: string, version: number, state: ProjectionState): Promise<void>;
}
