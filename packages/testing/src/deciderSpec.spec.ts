import type { Decider } from '@innoledger/kernel';
import { left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { deciderSpec } from './deciderSpec';

type Command = { type: 'Certify'; on: string } | { type: 'Revoke' };
type Event = { type: 'Certified'; on: string } | { type: 'Revoked' };
type State = { certified: boolean };
type Rejection = { _tag: 'AlreadyCertified'; since: string | undefined } | { _tag: 'NotCertified' };

const certification: Decider<Command, Event, State & { since?: string }, Rejection> = {
  initialState: { certified: false },
  decide: (command, state) => {
    if (command.type === 'Certify')
      return state.certified
        ? left({ _tag: 'AlreadyCertified', since: state.since })
        : right([{ type: 'Certified', on: command.on }]);
    return state.certified ? right([{ type: 'Revoked' }]) : left({ _tag: 'NotCertified' });
  },
  evolve: (_state, event) => (event.type === 'Certified' ? { certified: true, since: event.on } : { certified: false }),
};

describe('deciderSpec', () => {
  it('given/when/then passes on the expected events and returns the state they lead to', () => {
    const state = deciderSpec(certification)
      .when({ type: 'Certify', on: '2020-03-01' })
      .then([{ type: 'Certified', on: '2020-03-01' }]);
    expect(state).toEqual({ certified: true, since: '2020-03-01' });
    deciderSpec(certification)
      .given([{ type: 'Certified', on: '2020-03-01' }])
      .when({ type: 'Revoke' })
      .then([{ type: 'Revoked' }]);
  });

  it('thenRejects passes on the expected rejection', () => {
    deciderSpec(certification)
      .given([{ type: 'Certified', on: '2020-03-01' }])
      .when({ type: 'Certify', on: '2020-04-01' })
      .thenRejects({ _tag: 'AlreadyCertified', since: '2020-03-01' });
    deciderSpec(certification).when({ type: 'Revoke' }).thenRejects({ _tag: 'NotCertified' });
  });

  it('fails when the events differ, or when a rejection came instead', () => {
    const spec = deciderSpec(certification).when({ type: 'Certify', on: '2020-03-01' });
    expect(() => spec.then([{ type: 'Certified', on: '2020-03-02' }])).toThrow(/expected/);
    expect(() => spec.then([])).toThrow();
    expect(() =>
      deciderSpec(certification)
        .when({ type: 'Revoke' })
        .then([{ type: 'Revoked' }]),
    ).toThrow(/rejected: .*NotCertified/);
  });

  it('fails when the rejection differs, or when events came instead', () => {
    expect(() =>
      deciderSpec(certification).when({ type: 'Revoke' }).thenRejects({ _tag: 'AlreadyCertified', since: undefined }),
    ).toThrow();
    expect(() =>
      deciderSpec(certification).when({ type: 'Certify', on: '2020-03-01' }).thenRejects({ _tag: 'NotCertified' }),
    ).toThrow(/accepted: .*Certified/);
  });

  it('is not a promise: awaiting the `when` step is refused with a clear message', () => {
    const spec = deciderSpec(certification).when({ type: 'Revoke' }) as unknown as { then: (f: () => void) => void };
    expect(() => spec.then(() => undefined)).toThrow(/not a promise/);
  });
});
