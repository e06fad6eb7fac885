import { right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { TerminateProject } from './commands';
import {
  acceptanceCommand,
  date,
  disburseCommand,
  fen,
  given,
  history,
  keyOf,
  municipalProject,
  PROJECT,
  requestAcceptanceCommand,
  spec,
  text,
} from './fixtures';
import { programmes } from './programmes';
import type { TrancheNo } from './projectId';

const municipal = keyOf(programmes.xianningMunicipal, 'tongshan', 'enterprise');
const GRANT = 50_000_000;
const approved = history(...municipalProject(GRANT));

const terminate = (recoverAmount: number, terminatedOn = '2020-08-01'): TerminateProject => ({
  type: 'TerminateProject',
  data: {
    projectId: PROJECT,
    reason: text('企业停产'),
    terminatedOn: date(terminatedOn),
    recoverAmount: fen(recoverAmount),
  },
});
const recovered = (amount: number, recoveredOn = '2020-09-01') => ({
  type: 'RecordFundsRecovered' as const,
  data: { projectId: PROJECT, amount: fen(amount), recoveredOn: date(recoveredOn) },
});

describe('DisburseFunds (资金拨付)', () => {
  it('pays tranches up to the whole grant, keeping the running total', () => {
    const first = history(...municipalProject(GRANT), disburseCommand(1, 30_000_000));
    spec
      .given(first)
      .when(disburseCommand(2, 20_000_000, '2020-06-02'))
      .then([
        {
          type: 'FundsDisbursed',
          data: {
            ...municipal,
            trancheNo: 2 as TrancheNo,
            amount: fen(20_000_000),
            disbursedTotal: fen(GRANT),
            grant: fen(GRANT),
            disbursedOn: date('2020-06-02'),
          },
        },
      ]);
  });

  it('refuses a tranche that takes the sum above the grant, with the figures', () => {
    const first = history(...municipalProject(GRANT), disburseCommand(1, 30_000_000));
    spec.given(first).when(disburseCommand(2, 20_000_001)).thenRejects({
      _tag: 'DisbursementExceedsGrant',
      projectId: PROJECT,
      grant: GRANT,
      disbursed: 30_000_000,
      amount: 20_000_001,
    });
  });

  it('refuses a tranche out of sequence', () => {
    spec
      .given(approved)
      .when(disburseCommand(2, 1))
      .thenRejects({ _tag: 'UnexpectedTrancheNo', projectId: PROJECT, trancheNo: 2, expected: 1 });
  });

  it('refuses a zero tranche', () => {
    spec
      .given(approved)
      .when(disburseCommand(1, 0))
      .thenRejects({ _tag: 'AmountNotPositive', projectId: PROJECT, path: 'data.amount', amount: 0 });
  });

  it('refuses to pay a project that is not approved', () => {
    spec
      .given(history(...municipalProject(GRANT).slice(0, 1)))
      .when(disburseCommand(1, 1))
      .thenRejects({ _tag: 'ProjectNotFundable', projectId: PROJECT, status: 'proposed' });
  });

  it('pays a final tranche after a pass, but nothing after a failure', () => {
    const review = [...municipalProject(GRANT), requestAcceptanceCommand('2020-11-02')];
    const passed = history(...review, acceptanceCommand('passed', '2020-11-30'));
    expect(given(passed).when(disburseCommand(1, GRANT, '2020-12-10'))).toMatchObject(
      right([{ type: 'FundsDisbursed', data: { disbursedTotal: GRANT } }]),
    );
    const failed = history(...review, acceptanceCommand('failed', '2020-11-30'));
    spec
      .given(failed)
      .when(disburseCommand(1, 1, '2020-12-10'))
      .thenRejects({ _tag: 'ProjectNotFundable', projectId: PROJECT, status: 'failed' });
  });
});

describe('TerminateProject (终止) and RecordFundsRecovered (资金收回)', () => {
  const paid = history(...municipalProject(GRANT), disburseCommand(1, 30_000_000));

  it('terminates and orders money back when some is to be recovered', () => {
    spec
      .given(paid)
      .when(terminate(10_000_000))
      .then([
        {
          type: 'ProjectTerminated',
          data: {
            ...municipal,
            grant: fen(GRANT),
            approvedOn: date('2019-06-10'),
            disbursed: fen(30_000_000),
            recoverAmount: fen(10_000_000),
            reason: text('企业停产'),
            terminatedOn: date('2020-08-01'),
          },
        },
        {
          type: 'FundsRecoveryOrdered',
          data: { ...municipal, amount: fen(10_000_000), orderedOn: date('2020-08-01') },
        },
      ]);
  });

  it('terminates without a recovery order when nothing is recovered', () => {
    expect(given(paid).when(terminate(0))).toMatchObject(right([{ type: 'ProjectTerminated' }]));
  });

  it('refuses to recover more than was paid', () => {
    spec.given(paid).when(terminate(30_000_001)).thenRejects({
      _tag: 'RecoveryExceedsDisbursed',
      projectId: PROJECT,
      recoverAmount: 30_000_001,
      disbursed: 30_000_000,
    });
  });

  it('refuses to terminate a project that is not in progress', () => {
    const passed = history(
      ...municipalProject(GRANT),
      requestAcceptanceCommand('2020-06-01'),
      acceptanceCommand('passed', '2020-07-01'),
    );
    spec.given(passed).when(terminate(0)).thenRejects({
      _tag: 'ProjectNotInProgress',
      projectId: PROJECT,
      command: 'TerminateProject',
      status: 'accepted',
    });
  });

  it('records the money coming back, in parts, up to the order', () => {
    const ordered = history(
      ...municipalProject(GRANT),
      disburseCommand(1, 30_000_000),
      terminate(10_000_000),
      recovered(4_000_000),
    );
    spec
      .given(ordered)
      .when(recovered(6_000_000, '2020-10-01'))
      .then([
        {
          type: 'FundsRecovered',
          data: {
            ...municipal,
            amount: fen(6_000_000),
            recoveredTotal: fen(10_000_000),
            ordered: fen(10_000_000),
            recoveredOn: date('2020-10-01'),
          },
        },
      ]);
    spec.given(ordered).when(recovered(6_000_001)).thenRejects({
      _tag: 'RecoveryExceedsOrdered',
      projectId: PROJECT,
      ordered: 10_000_000,
      recovered: 4_000_000,
      amount: 6_000_001,
    });
  });

  it('refuses a recovery on a project that was not terminated', () => {
    spec
      .given(paid)
      .when(recovered(1))
      .thenRejects({ _tag: 'ProjectNotTerminated', projectId: PROJECT, status: 'approved' });
  });

  it('refuses a zero recovery', () => {
    const ordered = history(...municipalProject(GRANT), disburseCommand(1, 30_000_000), terminate(10_000_000));
    spec
      .given(ordered)
      .when(recovered(0))
      .thenRejects({ _tag: 'AmountNotPositive', projectId: PROJECT, path: 'data.amount', amount: 0 });
  });
});
