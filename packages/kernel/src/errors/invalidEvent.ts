/** An event refused before anything was written; `index` is its place in the appended batch. */
export interface InvalidEvent {
  readonly _tag: 'InvalidEvent';
  readonly streamId: string;
  readonly index: number;
  readonly type: string;
  /** Field path inside the event, e.g. `data.grossAmount` or `occurredAt`. */
  readonly path: string;
  readonly message: string;
}

export const invalidEvent = (
  streamId: string,
  index: number,
  type: string,
  path: string,
  message: string,
): InvalidEvent => ({ _tag: 'InvalidEvent', streamId, index, type, path, message });
