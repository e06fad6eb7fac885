import { randomWorkingDay } from '../dates';
import { XIANGCHENG_ITRI } from '../platformIds';
import { type ProgrammeData, programmes } from '../programmes';
import { seededRandom, seedFor } from '../random';
import { namedEnterprise, type RosterEnterprise, roster } from '../roster';
import { createSchedule, type ScheduledCommand } from '../schedule';
import { projectTitle } from '../titles';

type Applicant =
  | { kind: 'enterprise'; uscc: string }
  | { kind: 'platform'; platformId: string }
  | { kind: 'zone'; regionId: string }
  | { kind: 'institution'; name: string };

/** What happens to a planned project in 2020: proposed (when, how much), and decided (when, grant). */
interface PlannedProject {
  readonly programme: ProgrammeData;
  readonly title: string;
  readonly applicant: Applicant;
  readonly regionId: string;
  readonly proposal?: { readonly from: string; readonly to: string; readonly requested: number };
  readonly decision?:
    | { readonly on: string; readonly grant: number }
    | { readonly on: string; readonly rejected: string };
}

const WAN = 1_000_000; // 1万元 in fen
const LIBRARY = '争取省部级科技政策和项目资金工作方案 / 市科技局2020年向上争取政策项目清单';

const enterpriseProject = (
  e: RosterEnterprise,
  programme: ProgrammeData,
  title: string,
  rest: Pick<PlannedProject, 'proposal' | 'decision'>,
): PlannedProject => ({
  programme,
  title,
  applicant: { kind: 'enterprise', uscc: e.uscc },
  regionId: e.regionId,
  ...rest,
});

/**
 * The 38 projects planned for provincial and ministerial programmes (谋划省部级重点申报项目38项)
 * and what became of them: 11 + 1 national proposals approved in June for 750万元, the institute's
 * subsidy and 3 key R&D proposals pending on 30 June and decided in the autumn, and more
 * provincial proposals in the second half year (1650万元 from higher levels for the year).
 */
const plannedProjects = (): PlannedProject[] => {
  const random = seededRandom(seedFor('projects-planned'));
  const candidates = random.shuffle(
    roster().filter(
      (e) => e.aboveScale2020 && e.certifiedIn !== undefined && !['houfu', 'zhenao', 'huanghelou'].includes(e.key),
    ),
  );
  let next = 0;
  const anEnterprise = (where: (e: RosterEnterprise) => boolean = () => true): RosterEnterprise => {
    for (; next < candidates.length; next++) {
      const e = candidates[next];
      if (e && where(e)) {
        next++;
        return e;
      }
    }
    throw new Error('projects: ran out of candidate enterprises');
  };
  const boostGrants = [80, 70, 60, 60, 50, 50, 50, 50, 45, 45, 40];
  const boost = boostGrants.map((grant, i) => {
    const e = i === 0 ? namedEnterprise('houfu') : anEnterprise();
    return enterpriseProject(
      e,
      programmes.techBoost2020,
      i === 0 ? '医用防护装备智能生产线关键技术研发与产业化' : projectTitle(random, e.industry),
      {
        proposal: { from: '2020-04-13', to: '2020-04-24', requested: (grant + 20 + 10 * (i % 3)) * WAN },
        decision: { on: i < 6 ? '2020-06-12' : '2020-06-19', grant: grant * WAN },
      },
    );
  });
  const keyRnd = [
    namedEnterprise('zhenao'),
    namedEnterprise('huanghelou'),
    anEnterprise((e) => e.regionId === 'chibi'),
  ];
  const keyRndOutcomes = [
    { on: '2020-10-20', grant: 150 * WAN },
    { on: '2020-10-20', grant: 100 * WAN },
    { on: '2020-10-20', rejected: '评审未通过' },
  ] as const;
  const keyRndTitles = [
    '抗病毒中药新药研发及产业化',
    '固态发酵白酒酿造关键技术研究',
    projectTitle(random, keyRnd[2]?.industry ?? ''),
  ];
  const later = (
    programme: ProgrammeData,
    requested: number,
    outcome?: { grant: number } | { rejected: string },
    on = '2020-11-17',
  ): PlannedProject => {
    const e = anEnterprise();
    return enterpriseProject(e, programme, projectTitle(random, e.industry), {
      proposal: { from: '2020-07-06', to: '2020-07-31', requested: requested * WAN },
      ...(outcome === undefined
        ? {}
        : { decision: 'grant' in outcome ? { on, grant: outcome.grant * WAN } : { on, rejected: outcome.rejected } }),
    });
  };
  const plannedOnly = (programme: ProgrammeData): PlannedProject => {
    const e = anEnterprise();
    return enterpriseProject(e, programme, projectTitle(random, e.industry), {});
  };
  return [
    ...boost,
    {
      programme: programmes.hundredCities,
      title: '咸宁高新区“百城百园”科技成果转化示范',
      applicant: { kind: 'zone', regionId: 'gaoxin' },
      regionId: 'gaoxin',
      proposal: { from: '2020-04-20', to: '2020-04-24', requested: 200 * WAN },
      decision: { on: '2020-06-19', grant: 150 * WAN },
    },
    {
      programme: programmes.itriSubsidy,
      title: '湖北香城智能机电产业技术研究院绩效后补助',
      applicant: { kind: 'platform', platformId: XIANGCHENG_ITRI },
      regionId: 'gaoxin',
      proposal: { from: '2020-05-18', to: '2020-05-22', requested: 100 * WAN },
      decision: { on: '2020-09-15', grant: 100 * WAN },
    },
    ...keyRnd.map((e, i) =>
      enterpriseProject(e, programmes.hubeiKeyRnd, keyRndTitles[i] ?? '', {
        proposal: { from: '2020-06-01', to: '2020-06-12', requested: (300 - 50 * i) * WAN },
        decision: keyRndOutcomes[i] ?? { on: '2020-10-20', rejected: '评审未通过' },
      }),
    ),
    later(programmes.hubeiInnovation, 300, { grant: 200 }),
    later(programmes.hubeiInnovation, 250, { grant: 150 }),
    later(programmes.hubeiInnovation, 300, { rejected: '评审未通过' }),
    plannedOnly(programmes.hubeiInnovation),
    later(programmes.hubeiTransformation, 80, { grant: 50 }, '2020-11-24'),
    later(programmes.hubeiTransformation, 100, { grant: 60 }, '2020-11-24'),
    later(programmes.hubeiTransformation, 80, { rejected: '评审未通过' }, '2020-11-24'),
    plannedOnly(programmes.hubeiTransformation),
    {
      programme: programmes.dualInnovationCarrier,
      title: '咸宁高新区科技资源支撑型双创特色载体建设',
      applicant: { kind: 'zone', regionId: 'gaoxin' },
      regionId: 'gaoxin',
      proposal: { from: '2020-08-10', to: '2020-08-14', requested: 5000 * WAN },
    },
    later(programmes.hubeiRural, 60, { grant: 50 }, '2020-12-08'),
    later(programmes.hubeiRural, 60),
    plannedOnly(programmes.hubeiRural),
    later(programmes.hubeiNaturalScience, 20, { grant: 20 }, '2020-12-15'),
    later(programmes.hubeiNaturalScience, 20, { grant: 20 }, '2020-12-15'),
    plannedOnly(programmes.hubeiNaturalScience),
    plannedOnly(programmes.nationalKeyRnd),
    plannedOnly(programmes.nationalKeyRnd),
    plannedOnly(programmes.hubeiInternational),
    plannedOnly(programmes.hubeiInternational),
    plannedOnly(programmes.hubeiKeyRnd),
    plannedOnly(programmes.hubeiKeyRnd),
    plannedOnly(programmes.hubeiKeyRnd),
  ];
};

/** The project library of 2020 and the proposals and decisions that followed. */
export const projectHistory = (): ScheduledCommand[] => {
  const random = seededRandom(seedFor('projects'));
  const schedule = createSchedule();
  plannedProjects().forEach((p, i) => {
    const projectId = `xn-2020-lib-${String(i + 1).padStart(2, '0')}`;
    const plannedOn = randomWorkingDay(random, '2020-03-23', '2020-04-10');
    const { programme, title, applicant, regionId } = p;
    schedule.add(plannedOn, 'PlanProject', { projectId, title, programme, applicant, regionId, plannedOn }, LIBRARY);
    if (p.proposal === undefined) return;
    const submittedOn = randomWorkingDay(random, p.proposal.from, p.proposal.to);
    schedule.add(submittedOn, 'SubmitProposal', { projectId, requestedAmount: p.proposal.requested, submittedOn });
    const decision = p.decision;
    if (decision === undefined) return;
    if ('grant' in decision)
      schedule.add(
        decision.on,
        'ApproveProject',
        { projectId, grant: decision.grant, approvedOn: decision.on },
        `${programme.name.zh} 立项公示`,
      );
    else schedule.add(decision.on, 'RejectProposal', { projectId, reason: decision.rejected, rejectedOn: decision.on });
  });
  return [...schedule.commands];
};
