/** The decider said no; `rejection` is the domain's own typed reason. */
export interface CommandRejected<Rejection> {
  readonly _tag: 'CommandRejected';
  readonly streamId: string;
  readonly rejection: Rejection;
}

export const commandRejected = <R>(streamId: string, rejection: R): CommandRejected<R> => ({
  _tag: 'CommandRejected',
  streamId,
  rejection,
});
