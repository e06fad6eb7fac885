import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { firstOf } from '../shared/firstOf';
import type { Fen } from '../shared/money';
import { notBeforeLastEvent, positive, projectKeyOf } from './checks';
import type { DisburseFunds, RecordFundsRecovered, TerminateProject } from './commands';
import type { TechProjectEvent } from './events';
import type { TechProjectRejection } from './rejections';
import type { ProjectStatus, TechProjectState } from './state';

type Decision = Either<TechProjectRejection, readonly TechProjectEvent[]>;

/** Approved and not concluded: the project may still be stopped. */
export const inProgress: readonly ProjectStatus[] = ['approved', 'acceptance-requested', 'rectification-required'];

/** Where money may still be paid: in progress, or accepted (a final tranche 尾款 after passing). */
const fundable: readonly ProjectStatus[] = [...inProgress, 'accepted'];

export const disburseFunds = ({ data }: DisburseFunds, state: TechProjectState): Decision => {
  const { projectId, trancheNo, amount, disbursedOn } = data;
  if (!fundable.includes(state.status) || state.profile === undefined)
    return left({ _tag: 'ProjectNotFundable', projectId, status: state.status });
  const expected = state.tranches + 1;
  const refused = firstOf<TechProjectRejection>(
    () => notBeforeLastEvent(state, projectId, disbursedOn, 'data.disbursedOn'),
    () => positive(projectId, amount, 'data.amount'),
    () => (trancheNo !== expected ? { _tag: 'UnexpectedTrancheNo', projectId, trancheNo, expected } : undefined),
    () =>
      state.disbursed + amount > state.grant
        ? { _tag: 'DisbursementExceedsGrant', projectId, grant: state.grant, disbursed: state.disbursed, amount }
        : undefined,
  );
  if (refused) return left(refused);
  return right([
    {
      type: 'FundsDisbursed',
      data: {
        ...projectKeyOf(state.profile),
        trancheNo,
        amount,
        disbursedTotal: (state.disbursed + amount) as Fen,
        grant: state.grant,
        disbursedOn,
      },
    },
  ]);
};

export const terminateProject = ({ data }: TerminateProject, state: TechProjectState): Decision => {
  const { projectId, reason, terminatedOn, recoverAmount } = data;
  if (!inProgress.includes(state.status) || state.profile === undefined || state.approvedOn === undefined)
    return left({ _tag: 'ProjectNotInProgress', projectId, command: 'TerminateProject', status: state.status });
  const refused = firstOf<TechProjectRejection>(
    () => notBeforeLastEvent(state, projectId, terminatedOn, 'data.terminatedOn'),
    () =>
      recoverAmount > state.disbursed
        ? { _tag: 'RecoveryExceedsDisbursed', projectId, recoverAmount, disbursed: state.disbursed }
        : undefined,
  );
  if (refused) return left(refused);
  const key = projectKeyOf(state.profile);
  const terminated: TechProjectEvent = {
    type: 'ProjectTerminated',
    data: {
      ...key,
      grant: state.grant,
      approvedOn: state.approvedOn,
      disbursed: state.disbursed,
      recoverAmount,
      reason,
      terminatedOn,
    },
  };
  if (recoverAmount === 0) return right([terminated]);
  return right([
    terminated,
    { type: 'FundsRecoveryOrdered', data: { ...key, amount: recoverAmount, orderedOn: terminatedOn } },
  ]);
};

export const recordFundsRecovered = ({ data }: RecordFundsRecovered, state: TechProjectState): Decision => {
  const { projectId, amount, recoveredOn } = data;
  if (state.status !== 'terminated' || state.profile === undefined)
    return left({ _tag: 'ProjectNotTerminated', projectId, status: state.status });
  const refused = firstOf<TechProjectRejection>(
    () => notBeforeLastEvent(state, projectId, recoveredOn, 'data.recoveredOn'),
    () => positive(projectId, amount, 'data.amount'),
    () =>
      state.recovered + amount > state.recoveryOrdered
        ? {
            _tag: 'RecoveryExceedsOrdered',
            projectId,
            ordered: state.recoveryOrdered,
            recovered: state.recovered,
            amount,
          }
        : undefined,
  );
  if (refused) return left(refused);
  return right([
    {
      type: 'FundsRecovered',
      data: {
        ...projectKeyOf(state.profile),
        amount,
        recoveredTotal: (state.recovered + amount) as Fen,
        ordered: state.recoveryOrdered,
        recoveredOn,
      },
    },
  ]);
};
