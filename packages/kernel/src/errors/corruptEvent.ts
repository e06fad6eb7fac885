/**
 * A stored event that cannot be read back as a valid event: broken JSON, a missing envelope
 * field, an unknown type, or data its codec refuses. It names where it lies, so an operator can
 * find the row, and never turns into a silent skip.
 */
export interface CorruptEvent {
  readonly _tag: 'CorruptEvent';
  readonly streamId: string;
  readonly streamVersion: number | undefined;
  readonly globalPosition: number | undefined;
  /** Field path of the failure, e.g. `data.amount`; empty when the whole row is unreadable. */
  readonly path: string;
  readonly message: string;
}

export const corruptEvent = (fields: Omit<CorruptEvent, '_tag'>): CorruptEvent => ({
  _tag: 'CorruptEvent',
  ...fields,
});

/**
 * The thrown form of {@link CorruptEvent}, used only where a value cannot be returned: inside an
 * async iterator (`readAll`). Runners catch it and hand the value back.
 */
export class CorruptEventError extends Error {
  readonly corrupt: CorruptEvent;
  constructor(corrupt: CorruptEvent) {
    super(
      `corrupt event in stream ${JSON.stringify(corrupt.streamId)} at version ${corrupt.streamVersion ?? '?'}, position ${corrupt.globalPosition ?? '?'}: ${corrupt.path ? `${corrupt.path}: ` : ''}${corrupt.message}`,
    );
    this.name = 'CorruptEventError';
    this.corrupt = corrupt;
  }
}

export const isCorruptEventError = (e: unknown): e is CorruptEventError => e instanceof CorruptEventError;
