import type { BusinessDate } from '@innoledger/kernel';
import type { RegionId } from '../regions/region';
import type { ApplicantKind } from './applicant';
import type { FundingLevel, ProgrammeId } from './programme';
import type { ProjectId } from './projectId';
import type { AmountNotPositive, DateBeforeLastEvent } from './rejections';
import type { ProjectProfile, TechProjectState } from './state';

/** The facts every event repeats (see events.ts). */
export interface ProjectKey {
  readonly projectId: ProjectId;
  readonly programmeId: ProgrammeId;
  readonly fundingLevel: FundingLevel;
  readonly regionId: RegionId;
  readonly applicantKind: ApplicantKind;
}

export const projectKeyOf = (profile: ProjectProfile): ProjectKey => ({
  projectId: profile.projectId,
  programmeId: profile.programme.id,
  fundingLevel: profile.programme.level,
  regionId: profile.regionId,
  applicantKind: profile.applicant.kind,
});

/** Refuses a date before the stream's latest event. */
export const notBeforeLastEvent = (
  state: TechProjectState,
  projectId: string,
  date: BusinessDate,
  path: string,
): DateBeforeLastEvent | undefined =>
  state.lastEventOn !== undefined && date < state.lastEventOn
    ? { _tag: 'DateBeforeLastEvent', projectId, path, date, lastEventOn: state.lastEventOn }
    : undefined;

/** Refuses a zero amount where only a positive one makes sense. */
export const positive = (projectId: string, amount: number, path: string): AmountNotPositive | undefined =>
  amount > 0 ? undefined : { _tag: 'AmountNotPositive', projectId, path, amount };
