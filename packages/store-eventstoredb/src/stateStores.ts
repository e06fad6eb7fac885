import { BACKWARDS, END, type EventStoreDBClient, type JSONType, jsonEvent } from '@eventstore/db-client';
import type { ProjectionState, ProjectionStateStore, Snapshot, SnapshotStore } from '@innoledger/kernel';
import { isStreamNotFound } from './errors';
import type { Server } from './server';

// Snapshots and projection states are one event each in a stream of their own, so a view and its
// checkpoint are written by a single append: atomic, like a transaction elsewhere. Only the latest
// event counts; the stream's `$maxCount` lets the server scavenge the older ones.

const KEEP_LATEST = 3;
const SNAPSHOT_SAVED = 'SnapshotSaved';
const PROJECTION_SAVED = 'ProjectionStateSaved';

const readLatest = async (client: EventStoreDBClient, stream: string): Promise<unknown> => {
  try {
    for await (const resolved of client.readStream(stream, { fromRevision: END, direction: BACKWARDS, maxCount: 1 }))
      return resolved.event?.data;
    return undefined;
  } catch (error) {
    if (isStreamNotFound(error)) return undefined;
    throw error;
  }
};

const writeLatest = async (client: EventStoreDBClient, stream: string, type: string, data: JSONType): Promise<void> => {
  const result = await client.appendToStream(stream, jsonEvent({ type, data }));
  if (result.nextExpectedRevision === 0n) await client.setStreamMetadata(stream, { maxCount: KEEP_LATEST });
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Snapshots: a stored one that does not read back as a snapshot is ignored (they are an optimisation). */
export const snapshotStore = ({ client, naming }: Server): SnapshotStore => ({
  load: async (streamId, name) => {
    const data = await readLatest(client, naming.snapshot(streamId, name));
    if (!isRecord(data) || !isCount(data.streamVersion) || !isCount(data.schemaVersion)) return undefined;
    return {
      streamVersion: data.streamVersion,
      schemaVersion: data.schemaVersion,
      state: data.state,
    } satisfies Snapshot;
  },
  save: async (streamId, name, snapshot) => {
    await writeLatest(client, naming.snapshot(streamId, name), SNAPSHOT_SAVED, { ...snapshot });
  },
});

/** Projection views with their checkpoints; a stored state that is not one is a defect, never a silent reset. */
export const projectionStateStore = ({ client, naming }: Server): ProjectionStateStore => ({
  load: async (name, version) => {
    const stream = naming.projection(name, version);
    const data = await readLatest(client, stream);
    if (data === undefined) return undefined;
    if (!isRecord(data) || !isCount(data.position))
      throw new Error(`projection state in ${JSON.stringify(stream)} is not a view with a position`);
    return { view: data.view, position: data.position } satisfies ProjectionState;
  },
  save: async (name, version, state) => {
    await writeLatest(client, naming.projection(name, version), PROJECTION_SAVED, { ...state });
  },
});
