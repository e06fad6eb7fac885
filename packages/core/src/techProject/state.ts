import type { BusinessDate } from '@innoledger/kernel';
import type { RegionId } from '../regions/region';
import type { Fen } from '../shared/money';
import type { NonEmptyString } from '../shared/strings';
import type { Applicant } from './applicant';
import type { TechProjectEvent } from './events';
import type { Programme } from './programme';
import type { ProjectId } from './projectId';

/**
 * Where a project stands. `accepted` (passed), `failed`, `closed` (结题), `rejected` and
 * `terminated` are final.
 */
export type ProjectStatus =
  | 'none'
  | 'planned'
  | 'proposed'
  | 'rejected'
  | 'approved'
  | 'acceptance-requested'
  | 'rectification-required'
  | 'accepted'
  | 'failed'
  | 'closed'
  | 'terminated';

/** What the project is: fixed at planning, possibly refined by the proposal. */
export interface ProjectProfile {
  readonly projectId: ProjectId;
  readonly title: NonEmptyString;
  readonly programme: Programme;
  readonly applicant: Applicant;
  readonly regionId: RegionId;
}

export interface TechProjectState {
  readonly status: ProjectStatus;
  readonly profile?: ProjectProfile;
  readonly requestedAmount: Fen;
  readonly grant: Fen;
  readonly approvedOn?: BusinessDate;
  readonly disbursed: Fen;
  readonly tranches: number;
  readonly midtermCheckedOn?: BusinessDate;
  readonly rectificationNoticeOn?: BusinessDate;
  readonly rectificationDeadline?: BusinessDate;
  readonly recoveryOrdered: Fen;
  readonly recovered: Fen;
  /** The latest business date in the stream: later commands may not go back before it. */
  readonly lastEventOn?: BusinessDate;
}

const zero = 0 as Fen;

export const initialTechProjectState: TechProjectState = {
  status: 'none',
  requestedAmount: zero,
  grant: zero,
  disbursed: zero,
  tranches: 0,
  recoveryOrdered: zero,
  recovered: zero,
};

const outcomeStatus = {
  passed: 'accepted',
  'rectification-required': 'rectification-required',
  failed: 'failed',
  closed: 'closed',
} as const;

/** Folds one event into the project's state. */
export const evolveTechProject = (state: TechProjectState, event: TechProjectEvent): TechProjectState => {
  switch (event.type) {
    case 'ProjectPlanned': {
      const { projectId, title, programme, applicant, regionId, plannedOn } = event.data;
      return {
        ...state,
        status: 'planned',
        profile: { projectId, title, programme, applicant, regionId },
        lastEventOn: plannedOn,
      };
    }
    case 'ProposalSubmitted': {
      const { projectId, title, programme, applicant, regionId, requestedAmount, submittedOn } = event.data;
      return {
        ...state,
        status: 'proposed',
        profile: { projectId, title, programme, applicant, regionId },
        requestedAmount,
        lastEventOn: submittedOn,
      };
    }
    case 'ProjectApproved':
      return {
        ...state,
        status: 'approved',
        grant: event.data.grant,
        approvedOn: event.data.approvedOn,
        lastEventOn: event.data.approvedOn,
      };
    case 'ProposalRejected':
      return { ...state, status: 'rejected', lastEventOn: event.data.rejectedOn };
    case 'FundsDisbursed':
      return {
        ...state,
        disbursed: event.data.disbursedTotal,
        tranches: event.data.trancheNo,
        lastEventOn: event.data.disbursedOn,
      };
    case 'MidtermCheckRecorded':
      return { ...state, midtermCheckedOn: event.data.checkedOn, lastEventOn: event.data.checkedOn };
    case 'AcceptanceRequested':
      return { ...state, status: 'acceptance-requested', lastEventOn: event.data.requestedOn };
    case 'AcceptanceRecorded': {
      const { outcome, decidedOn, rectificationDeadline } = event.data;
      const next: TechProjectState = { ...state, status: outcomeStatus[outcome], lastEventOn: decidedOn };
      if (outcome !== 'rectification-required') return next;
      return rectificationDeadline === undefined
        ? { ...next, rectificationNoticeOn: decidedOn }
        : { ...next, rectificationNoticeOn: decidedOn, rectificationDeadline };
    }
    case 'ProjectTerminated':
      return { ...state, status: 'terminated', lastEventOn: event.data.terminatedOn };
    case 'FundsRecoveryOrdered':
      return { ...state, recoveryOrdered: event.data.amount, lastEventOn: event.data.orderedOn };
    case 'FundsRecovered':
      return { ...state, recovered: event.data.recoveredTotal, lastEventOn: event.data.recoveredOn };
  }
};
