// Plausible command sequences for one enterprise. Each generated step names a command kind, a date
// gap and a number to pick values with; the command itself is built from the state reached so far
// (usually addressing the pending case or the latest certificate, sometimes a stray one), so random
// runs get deep into the certification lifecycle instead of bouncing off "not pending".
import type { Decider } from '@innoledger/kernel';
import type fc from 'fast-check';
import { addDays, yearOf } from '../shared/dates';
import { decodeOrThrow, usccOf } from '../shared/testing/fixtures';
import {
  arbitraryStepsOf,
  runSteps as runStepsOf,
  type Step,
  type StepBuilder,
  type StepBuilders,
} from '../shared/testing/steps';
import { EnterpriseCommand } from './commands';
import type { Decision } from './decision';
import type { EnterpriseEvent } from './events';
import type { EnterpriseRejection } from './rejections';
import type { EnterpriseState } from './state';

export const SEQUENCE_USCC = usccOf('91421200MA49B7X1A');

type Build = StepBuilder<EnterpriseState>;

const caseId = (s: EnterpriseState, p: number) =>
  p % 6 === 0 ? 'A-stray' : (s.pendingApplication?.applicationId ?? `A-${s.usedApplicationIds.length}`);
const newCaseId = (s: EnterpriseState, p: number) =>
  p % 6 === 0 && s.usedApplicationIds[0] !== undefined ? s.usedApplicationIds[0] : `A-${s.usedApplicationIds.length}`;
const reportYear = (on: string, p: number) => yearOf(on) - 1 - (p % 2);

/** Whatever moves the high-tech case forward from where it stands: the path to the happy states. */
const advanceCase: Build = (on, p, s) => {
  const pending = s.pendingApplication;
  if (pending === undefined)
    return {
      type: 'SubmitHighTechApplication',
      data: { applicationId: `A-${s.usedApplicationIds.length}`, submittedOn: on },
    };
  const applicationId = pending.applicationId;
  switch (pending.stage) {
    case 'submitted':
      return { type: 'RecordExpertReview', data: { applicationId, score: 65 + (p % 36), reviewedOn: on } };
    case 'review-passed':
      return { type: 'StartPublicNotice', data: { applicationId, startsOn: on } };
    case 'in-notice':
      return {
        type: 'CertifyHighTechEnterprise',
        data: { applicationId, certificateNo: `GR${s.certificates.length}`, issuedOn: on },
      };
  }
};

const builders: StepBuilders<EnterpriseState> = {
  AdvanceCase: [8, advanceCase],
  SubmitHighTechApplication: [
    5,
    (on, p, s) => ({ type: 'SubmitHighTechApplication', data: { applicationId: newCaseId(s, p), submittedOn: on } }),
  ],
  RecordExpertReview: [
    5,
    (on, p, s) => ({
      type: 'RecordExpertReview',
      data: { applicationId: caseId(s, p), score: 60 + (p % 41), reviewedOn: on },
    }),
  ],
  StartPublicNotice: [
    5,
    (on, p, s) => ({ type: 'StartPublicNotice', data: { applicationId: caseId(s, p), startsOn: on } }),
  ],
  RaiseObjection: [2, (on, p, s) => ({ type: 'RaiseObjection', data: { applicationId: caseId(s, p), raisedOn: on } })],
  ResolveObjection: [
    2,
    (on, p, s) => ({
      type: 'ResolveObjection',
      data: { applicationId: caseId(s, p), upheld: p % 3 === 0, resolvedOn: on },
    }),
  ],
  CertifyHighTechEnterprise: [
    6,
    (on, p, s) => ({
      type: 'CertifyHighTechEnterprise',
      data: {
        applicationId: caseId(s, p),
        certificateNo: `GR${p % 5 === 0 ? 0 : s.certificates.length}`,
        issuedOn: on,
      },
    }),
  ],
  RejectHighTechApplication: [
    1,
    (on, p, s) => ({
      type: 'RejectHighTechApplication',
      data: { applicationId: caseId(s, p), reason: 'r', rejectedOn: on },
    }),
  ],
  SubmitAnnualReport: [
    3,
    (on, p) => ({ type: 'SubmitAnnualReport', data: { year: reportYear(on, p), submittedOn: on } }),
  ],
  RecordMissedAnnualReport: [
    2,
    (on, p) => ({ type: 'RecordMissedAnnualReport', data: { year: reportYear(on, p), recordedOn: on } }),
  ],
  ReportNameChange: [
    1,
    (on, p) => ({
      type: 'ReportNameChange',
      data: { newName: `名称${p % 4}`, changedOn: addDays(on, -(p % 120)), reportedOn: on },
    }),
  ],
  RevokeHighTechCertification: [
    1,
    (on, p) => ({
      type: 'RevokeHighTechCertification',
      data: {
        reason: p % 2 === 0 ? 'fraud' : 'fails-conditions-on-recheck',
        revokedOn: on,
        clawbackFromYear: yearOf(on) - (p % 6),
      },
    }),
  ],
  RecordAboveScaleStatus: [
    1,
    (on, p) => ({
      type: 'RecordAboveScaleStatus',
      data: { year: yearOf(on), aboveScaleIndustrial: p % 2 === 0, mainRevenue: p * 1_000_000, recordedOn: on },
    }),
  ],
  RecordTechSmeEvaluation: [
    1,
    (on, p) => ({
      type: 'RecordTechSmeEvaluation',
      data: {
        year: yearOf(on),
        score: 50 + (p % 50),
        employees: p % 700,
        annualSales: 0,
        totalAssets: 0,
        evaluatedOn: on,
      },
    }),
  ],
  EstablishRdInstitution: [
    1,
    (on, p) => ({
      type: 'EstablishRdInstitution',
      data: { institutionId: `I${p % 3}`, name: '研发中心', level: 'municipal', establishedOn: on },
    }),
  ],
  PlaceTechVicePresident: [
    1,
    (on, p) => ({
      type: 'PlaceTechVicePresident',
      data: { placementId: `P${p % 3}`, personId: `person-${p % 2}`, fromOrganisation: '湖北科技学院', startsOn: on },
    }),
  ],
  EndTechVicePresidentPlacement: [
    1,
    (on, p) => ({ type: 'EndTechVicePresidentPlacement', data: { placementId: `P${p % 3}`, endsOn: on } }),
  ],
  RecordProductionStatus: [
    1,
    (on, p) => ({
      type: 'RecordProductionStatus',
      data: { status: ['halted', 'partial', 'resumed'][p % 3], since: on },
    }),
  ],
};

const decode = (type: string, data: Record<string, unknown>): EnterpriseCommand =>
  decodeOrThrow(EnterpriseCommand, { type, data: { uscc: SEQUENCE_USCC, ...data } }, `generated ${type}`);

/**
 * Steps for one enterprise: `kind` is a command kind, or `AdvanceCase` for the next step of the
 * high-tech case; `gap` is −5..+45 days, so dates mostly advance and sometimes go back.
 */
export const arbitrarySteps = (maxLength = 100): fc.Arbitrary<readonly Step[]> =>
  arbitraryStepsOf(builders, { min: -5, max: 45 }, { minLength: Math.min(50, maxLength), maxLength });

export const REGISTER = decode('RegisterEnterprise', {
  name: '湖北厚福医疗装备有限公司',
  regionId: 'xianan',
  industry: '医疗器械',
  establishedOn: '2015-03-10',
  registeredOn: '2019-01-15',
});

/**
 * Registers the enterprise, then runs the steps from 2019-03-01 through `decide`, folding accepted
 * events; `visit` sees every command, its decision and the state after it.
 */
export const runSteps = (
  decider: Decider<EnterpriseCommand, EnterpriseEvent, EnterpriseState, EnterpriseRejection>,
  steps: readonly Step[],
  visit: (command: EnterpriseCommand, decision: Decision, state: EnterpriseState) => void,
): EnterpriseState => runStepsOf(decider, { opening: REGISTER, start: '2019-03-01', builders, decode }, steps, visit);
