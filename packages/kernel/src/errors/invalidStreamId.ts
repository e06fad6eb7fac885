/** Stream ids are non-empty, well-formed strings without NUL; the `$innoledger:` prefix is reserved. */
export interface InvalidStreamId {
  readonly _tag: 'InvalidStreamId';
  readonly streamId: string;
  readonly reason: 'empty' | 'contains-nul' | 'ill-formed' | 'reserved' | 'not-a-string';
}

export const invalidStreamId = (streamId: string, reason: InvalidStreamId['reason']): InvalidStreamId => ({
  _tag: 'InvalidStreamId',
  streamId,
  reason,
});
