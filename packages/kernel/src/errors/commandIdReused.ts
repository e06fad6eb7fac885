/** A `commandId` arrived again with a different stream or payload: a client bug, never a retry. */
export interface CommandIdReused {
  readonly _tag: 'CommandIdReused';
  readonly commandId: string;
  readonly streamId: string;
  readonly firstStreamId: string;
}

export const commandIdReused = (commandId: string, streamId: string, firstStreamId: string): CommandIdReused => ({
  _tag: 'CommandIdReused',
  commandId,
  streamId,
  firstStreamId,
});
