// The seed's facts behind the figures, read back as events: who applied, for what, when.

import type { RecordedEvent } from '@innoledger/kernel';
import { beforeAll, describe, expect, it } from 'vitest';
import { xianningInMemory } from './xianningInMemory';

type Data = Record<string, unknown> & { applicant?: Record<string, unknown>; programme?: { id?: string } };
let events: RecordedEvent[];

const ofType = (type: string): Data[] => events.filter((e) => e.type === type).map((e) => e.data as Data);
const inH1 = (date: unknown): boolean => typeof date === 'string' && date >= '2020-01-01' && date <= '2020-06-30';
const enterpriseNamed = (part: string): string => {
  const found = ofType('EnterpriseRegistered').find((d) => String(d.name).includes(part));
  if (found === undefined) throw new Error(`no enterprise named like ${part}`);
  return String(found.uscc);
};

beforeAll(async () => {
  const { store } = await xianningInMemory();
  events = [];
  for await (const event of store.readAll()) events.push(event);
});

describe('projects (rows 1–6, 16)', () => {
  const proposalsIn = (programmeId: string) => ofType('ProposalSubmitted').filter((d) => d.programmeId === programmeId);

  it('has 厚福医疗装备 among the 11 enterprises of 科技助力经济2020, all approved in June', () => {
    const proposals = proposalsIn('most-tech-boost-economy-2020');
    expect(proposals).toHaveLength(11);
    expect(proposals.every((d) => d.applicantKind === 'enterprise' && inH1(d.submittedOn))).toBe(true);
    expect(proposals.map((d) => d.applicant?.uscc)).toContain(enterpriseNamed('厚福医疗装备'));
    const approvals = ofType('ProjectApproved').filter((d) => d.programmeId === 'most-tech-boost-economy-2020');
    expect(approvals).toHaveLength(11);
    expect(approvals.every((d) => String(d.approvedOn).startsWith('2020-06'))).toBe(true);
  });

  it('has the high-tech zone apply for 百城百园, and 750万元 of national grants for the 12', () => {
    const zone = proposalsIn('hundred-cities-hundred-parks');
    expect(zone.map((d) => d.applicant)).toEqual([{ kind: 'zone', regionId: 'gaoxin' }]);
    const national = ofType('ProjectApproved').filter((d) => d.fundingLevel === 'national' && inH1(d.approvedOn));
    expect(national.reduce((sum, d) => sum + Number(d.grant), 0)).toBe(750_000_000);
  });

  it('has the institute request 100万元 of post-performance subsidy in May, granted in September', () => {
    const [proposal] = proposalsIn('hubei-itri-post-performance-subsidy');
    expect(proposal).toMatchObject({ applicantKind: 'platform', requestedAmount: 100_000_000 });
    const platformId = proposal?.applicant?.platformId;
    const platform = ofType('PlatformRegistered').find((d) => d.platformId === platformId);
    expect(platform?.name).toBe('湖北香城智能机电产业技术研究院');
    const approval = ofType('ProjectApproved').find((d) => d.programmeId === 'hubei-itri-post-performance-subsidy');
    expect(approval).toMatchObject({ grant: 100_000_000 });
    expect(String(approval?.approvedOn) > '2020-06-30').toBe(true);
  });

  it('has 真奥药业 and 黄鹤楼酒业 among 3 key R&D proposals of June, decided in October', () => {
    const proposals = proposalsIn('hubei-key-rnd');
    expect(proposals).toHaveLength(3);
    const applicants = proposals.map((d) => d.applicant?.uscc);
    expect(applicants).toContain(enterpriseNamed('真奥药业'));
    expect(applicants).toContain(enterpriseNamed('黄鹤楼酒业'));
    const decided = [...ofType('ProjectApproved'), ...ofType('ProposalRejected')].filter(
      (d) => d.programmeId === 'hubei-key-rnd',
    );
    expect(decided.map((d) => d.approvedOn ?? d.rejectedOn)).toEqual(['2020-10-20', '2020-10-20', '2020-10-20']);
  });

  it('accepts in H1 2020 the 78 municipal projects approved in 2017 and 2018, all passed', () => {
    const accepted = ofType('AcceptanceRecorded').filter((d) => inH1(d.decidedOn));
    expect(accepted).toHaveLength(78);
    expect(accepted.every((d) => d.outcome === 'passed' && d.programmeId === 'xianning-municipal')).toBe(true);
    expect(accepted.every((d) => ['2017', '2018'].includes(String(d.approvedOn).slice(0, 4)))).toBe(true);
    const grants = accepted.map((d) => Number(d.grant));
    expect(grants.filter((g) => g <= 20_000_000).length).toBeGreaterThan(70);
  });
});

describe('statistics (rows 7–9)', () => {
  it('records the H1 forecast on 10 July and the statistics bureau’s figures on 31 July', () => {
    const h1 = events.filter(
      (e) => e.type.startsWith('Statistics') && (e.data as Data).year === 2020 && (e.data as Data).period === 'H1',
    );
    expect(h1.map((e) => [e.type, (e.data as Data).vintage, e.recordedAt.slice(0, 10)])).toEqual([
      ['StatisticsPublished', 'forecast', '2020-07-10'],
      ['StatisticsRevised', 'preliminary', '2020-07-31'],
    ]);
  });
});

describe('technology contracts (row 11)', () => {
  const h1 = () => ofType('ContractRegistered').filter((d) => inH1(d.registeredOn));

  it('registers each within 30 days of acceptance, under the 2001 rules, tech amount within gross', () => {
    const accepted = new Map(ofType('RegistrationApplicationAccepted').map((d) => [d.contractNo, d.deadline]));
    for (const d of h1()) {
      expect(String(d.registeredOn) <= String(accepted.get(d.contractNo))).toBe(true);
      expect(Number(d.techAmount)).toBeLessThanOrEqual(Number(d.grossAmount));
      expect(d.ruleSet).toBe('tech-contract-rules-2001');
    }
  });

  it('dips in February and March and spreads over every county', () => {
    const byMonth = new Map<string, number>();
    for (const d of h1())
      byMonth.set(String(d.registeredOn).slice(5, 7), (byMonth.get(String(d.registeredOn).slice(5, 7)) ?? 0) + 1);
    expect([...byMonth.entries()].sort()).toEqual([
      ['01', 110],
      ['02', 25],
      ['03', 60],
      ['04', 130],
      ['05', 150],
      ['06', 174],
    ]);
    const counties = new Set(h1().map((d) => d.sellerRegionId));
    expect([...counties].sort()).toEqual(['chibi', 'chongyang', 'gaoxin', 'jiayu', 'tongcheng', 'tongshan', 'xianan']);
  });

  it('files patent licensing under transfer in 2020', () => {
    expect(h1().some((d) => d.contractType === 'transfer' && d.subtype === 'patent-licensing')).toBe(true);
  });
});

describe('platforms, resumption and the work plan (rows 14–18)', () => {
  it('files 咸安区盛通白水畈星创天地 as a provincial star innovation base in H1', () => {
    const base = ofType('PlatformRegistered').find((d) => d.name === '咸安区盛通白水畈星创天地');
    const filed = ofType('PlatformFiled').find((d) => d.platformId === base?.platformId);
    expect(filed).toMatchObject({ kind: 'star-innovation-base', level: 'provincial' });
    expect(inH1(filed?.on)).toBe(true);
  });

  it('halts every above-scale high-tech enterprise on 24 January and resumes the last on 10 April', () => {
    const statuses = ofType('ProductionStatusRecorded');
    const halted = statuses.filter((d) => d.status === 'halted');
    expect(halted.every((d) => d.since === '2020-01-24')).toBe(true);
    const resumed = statuses.filter((d) => d.status === 'resumed');
    expect(new Set(resumed.map((d) => d.uscc))).toEqual(new Set(halted.map((d) => d.uscc)));
    expect(
      resumed
        .map((d) => String(d.since))
        .sort()
        .at(-1),
    ).toBe('2020-04-10');
    expect(statuses.some((d) => d.status === 'partial')).toBe(true);
  });

  it('issues the four policy documents the summary names in H1', () => {
    const titles = ofType('PolicyDocumentIssued')
      .filter((d) => inH1(d.issuedOn))
      .map((d) => d.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        '咸宁市市级科技计划项目和资金管理办法',
        '咸宁市星创天地备案管理办法(试行)',
        '咸宁市科技特派员管理暂行办法',
        '争取省部级科技政策和项目资金工作方案',
      ]),
    );
  });

  it('places tech vice-presidents by person id only', () => {
    const placed = ofType('TechVicePresidentPlaced');
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.every((d) => /^person-/.test(String(d.personId)) && !('name' in d))).toBe(true);
  });
});
