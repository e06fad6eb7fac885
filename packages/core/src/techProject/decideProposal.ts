import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { DomainConfig } from '../shared/domainConfig';
import { firstOf } from '../shared/firstOf';
import { checkRegion } from '../shared/rejections';
import { notBeforeLastEvent, positive, projectKeyOf } from './checks';
import type { ApproveProject, PlanProject, RejectProposal, SubmitProposal } from './commands';
import type { TechProjectEvent } from './events';
import type { TechProjectRejection } from './rejections';
import type { ProjectProfile, TechProjectState } from './state';

type Decision = Either<TechProjectRejection, readonly TechProjectEvent[]>;

const checkProfileRegions = (config: DomainConfig, profile: ProjectProfile) =>
  firstOf(
    () => checkRegion(config, profile.regionId, 'data.regionId'),
    () =>
      profile.applicant.kind === 'zone'
        ? checkRegion(config, profile.applicant.regionId, 'data.applicant.regionId')
        : undefined,
  );

export const planProject = (config: DomainConfig, { data }: PlanProject, state: TechProjectState): Decision => {
  if (state.status !== 'none')
    return left({ _tag: 'ProjectAlreadyExists', projectId: data.projectId, status: state.status });
  const { projectId, title, programme, applicant, regionId, plannedOn } = data;
  const profile: ProjectProfile = { projectId, title, programme, applicant, regionId };
  const refused = checkProfileRegions(config, profile);
  if (refused) return left(refused);
  return right([
    { type: 'ProjectPlanned', data: { ...projectKeyOf(profile), title, programme, applicant, plannedOn } },
  ]);
};

/** The proposal's profile: the planned one refined by the command, or the command's alone. */
const proposalProfile = (
  { data }: SubmitProposal,
  planned: ProjectProfile | undefined,
): ProjectProfile | readonly string[] => {
  const title = data.title ?? planned?.title;
  const programme = data.programme ?? planned?.programme;
  const applicant = data.applicant ?? planned?.applicant;
  const regionId = data.regionId ?? planned?.regionId;
  if (title === undefined || programme === undefined || applicant === undefined || regionId === undefined) {
    const given = { title, programme, applicant, regionId };
    return Object.entries(given)
      .filter(([, value]) => value === undefined)
      .map(([field]) => `data.${field}`);
  }
  return { projectId: data.projectId, title, programme, applicant, regionId };
};

export const submitProposal = (config: DomainConfig, command: SubmitProposal, state: TechProjectState): Decision => {
  const { projectId, requestedAmount, submittedOn } = command.data;
  if (state.status !== 'none' && state.status !== 'planned')
    return left({ _tag: 'ProposalAlreadySubmitted', projectId, status: state.status });
  const profile = proposalProfile(command, state.profile);
  if (!('projectId' in profile)) return left({ _tag: 'ProposalDetailsMissing', projectId, missing: profile });
  const refused = firstOf<TechProjectRejection>(
    () => checkProfileRegions(config, profile),
    () => notBeforeLastEvent(state, projectId, submittedOn, 'data.submittedOn'),
    () => positive(projectId, requestedAmount, 'data.requestedAmount'),
  );
  if (refused) return left(refused);
  const { title, programme, applicant } = profile;
  return right([
    {
      type: 'ProposalSubmitted',
      data: {
        ...projectKeyOf(profile),
        title,
        programme,
        applicant,
        requestedAmount,
        planned: state.status === 'planned',
        submittedOn,
      },
    },
  ]);
};

export const approveProject = ({ data }: ApproveProject, state: TechProjectState): Decision => {
  const { projectId, grant, approvedOn } = data;
  if (state.status !== 'proposed' || state.profile === undefined)
    return left({ _tag: 'ProposalNotPending', projectId, status: state.status });
  const refused = firstOf<TechProjectRejection>(
    () => notBeforeLastEvent(state, projectId, approvedOn, 'data.approvedOn'),
    () => positive(projectId, grant, 'data.grant'),
    () =>
      grant > state.requestedAmount
        ? { _tag: 'GrantExceedsRequest', projectId, grant, requestedAmount: state.requestedAmount }
        : undefined,
  );
  if (refused) return left(refused);
  return right([
    {
      type: 'ProjectApproved',
      data: { ...projectKeyOf(state.profile), requestedAmount: state.requestedAmount, grant, approvedOn },
    },
  ]);
};

export const rejectProposal = ({ data }: RejectProposal, state: TechProjectState): Decision => {
  const { projectId, reason, rejectedOn } = data;
  if (state.status !== 'proposed' || state.profile === undefined)
    return left({ _tag: 'ProposalNotPending', projectId, status: state.status });
  const refused = notBeforeLastEvent(state, projectId, rejectedOn, 'data.rejectedOn');
  if (refused) return left(refused);
  return right([
    {
      type: 'ProposalRejected',
      data: { ...projectKeyOf(state.profile), requestedAmount: state.requestedAmount, reason, rejectedOn },
    },
  ]);
};
