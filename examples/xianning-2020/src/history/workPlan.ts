import { CITY } from '../regions';
import { createSchedule, type ScheduledCommand } from '../schedule';

const plan = { regionId: CITY, year: 2020 };
const WORK_POINTS = '咸宁市科技局 2020年工作要点';

/** The year's targets (全年目标任务) as the bureau set them in January. */
export const targets2020: readonly { indicatorId: string; value: number; unit: 'count' | 'fen' | 'ratio' }[] = [
  { indicatorId: 'hte.in_force', value: 248, unit: 'count' },
  { indicatorId: 'hte.newly_certified', value: 95, unit: 'count' },
  { indicatorId: 'hte.applications', value: 120, unit: 'count' },
  { indicatorId: 'hightech_va.share_of_gdp', value: 0.155, unit: 'ratio' },
  { indicatorId: 'rd_institutions.new_type', value: 60, unit: 'count' },
  { indicatorId: 'rd_institutions.coverage', value: 0.3, unit: 'ratio' },
  // 1000万元 in January; raised to 1500万元 in March (see below).
  { indicatorId: 'funding.won_from_higher_levels', value: 1_000_000_000, unit: 'fen' },
  { indicatorId: 'awards.won', value: 5, unit: 'count' },
  { indicatorId: 'achievements.registered', value: 60, unit: 'count' },
  { indicatorId: 'achievements.transformed', value: 60, unit: 'count' },
  { indicatorId: 'contracts.amount', value: 500_000_000_000, unit: 'fen' },
];

const documents = [
  {
    documentId: 'xn-kjj-2020-funding-plan',
    title: '争取省部级科技政策和项目资金工作方案',
    issuer: '咸宁市科技局',
    issuedOn: '2020-03-20',
    effectiveFrom: '2020-03-20',
    summary: '结合中央支持湖北发展一揽子政策，谋划省部级重点申报项目，全年争取省级以上无偿科技经费1500万元以上',
  },
  {
    documentId: 'xn-kjj-2020-funding-list',
    title: '市科技局2020年向上争取政策项目清单',
    issuer: '咸宁市科技局',
    issuedOn: '2020-03-20',
    effectiveFrom: '2020-03-20',
  },
  {
    documentId: 'xn-kjj-2020-star-bases',
    title: '咸宁市星创天地备案管理办法(试行)',
    issuer: '咸宁市科技局',
    issuedOn: '2020-04-15',
    effectiveFrom: '2020-04-15',
  },
  {
    documentId: 'xn-kjj-2020-commissioners',
    title: '咸宁市科技特派员管理暂行办法',
    issuer: '咸宁市科技局',
    issuedOn: '2020-05-20',
    effectiveFrom: '2020-05-20',
  },
  {
    documentId: 'xn-kjj-czj-2020-project-funds',
    title: '咸宁市市级科技计划项目和资金管理办法',
    issuer: '咸宁市科技局 咸宁市财政局',
    issuedOn: '2020-06-18',
    effectiveFrom: '2020-07-01',
    summary: '市本级科技项目由重过程管理转向重目标管理，对20万元以内的市本级科技计划项目实施过程不予干涉',
  },
] as const;

type Kind = 'training' | 'lecture' | 'matchmaking' | 'commissioner-dispatch';

const activities: readonly { kind: Kind; heldOn: string; title: string; online: boolean; participants: number }[] = [
  { kind: 'training', heldOn: '2020-02-18', title: '高新技术企业认定政策线上培训', online: true, participants: 186 },
  { kind: 'training', heldOn: '2020-03-05', title: '科技创新政策解读线上培训', online: true, participants: 152 },
  { kind: 'training', heldOn: '2020-03-19', title: '科技金融服务线上培训', online: true, participants: 121 },
  { kind: 'training', heldOn: '2020-04-09', title: '高新技术企业申报实务线上培训', online: true, participants: 203 },
  { kind: 'training', heldOn: '2020-04-23', title: '技术合同认定登记线上培训', online: true, participants: 98 },
  { kind: 'training', heldOn: '2020-05-14', title: '科技型中小企业评价线上培训', online: true, participants: 134 },
  { kind: 'training', heldOn: '2020-06-11', title: '研发费用加计扣除政策线上培训', online: true, participants: 167 },
  {
    kind: 'lecture',
    heldOn: '2020-05-21',
    title: '咸宁市创新创业大讲堂第九期暨“科技战疫”系列线上培训会：如何培育和维护高企资质',
    online: true,
    participants: 241,
  },
  {
    kind: 'lecture',
    heldOn: '2020-05-28',
    title: '咸宁市创新创业大讲堂第九期暨“科技战疫”系列线上培训会：挖掘布局专利支撑高企',
    online: true,
    participants: 228,
  },
  {
    kind: 'lecture',
    heldOn: '2020-06-04',
    title: '咸宁市创新创业大讲堂第九期暨“科技战疫”系列线上培训会：完善财务工作支撑高企',
    online: true,
    participants: 215,
  },
  {
    kind: 'matchmaking',
    heldOn: '2020-06-16',
    title: '湖北科技学院、咸宁职业技术学院、咸宁智能机电产业研究院赴县（市、区）产学研推介',
    online: false,
    participants: 85,
  },
  {
    kind: 'commissioner-dispatch',
    heldOn: '2020-06-22',
    title: '科技系统送科技下乡活动启动',
    online: false,
    participants: 40,
  },
  { kind: 'training', heldOn: '2020-07-16', title: '高新技术企业第二批申报线上培训', online: true, participants: 144 },
  { kind: 'matchmaking', heldOn: '2020-08-20', title: '“光谷南”科技城产学研对接会', online: false, participants: 120 },
  {
    kind: 'lecture',
    heldOn: '2020-09-10',
    title: '咸宁市创新创业大讲堂第十期：科技成果转化与知识产权',
    online: false,
    participants: 160,
  },
  { kind: 'training', heldOn: '2020-09-24', title: '省科技奖申报与成果登记培训', online: true, participants: 88 },
  {
    kind: 'commissioner-dispatch',
    heldOn: '2020-10-15',
    title: '“三区”科技人才与科技特派员选派',
    online: false,
    participants: 56,
  },
  {
    kind: 'lecture',
    heldOn: '2020-11-12',
    title: '咸宁市创新创业大讲堂第十一期：新型研发机构建设',
    online: false,
    participants: 175,
  },
  {
    kind: 'training',
    heldOn: '2020-11-26',
    title: '技术合同登记与技术交易补贴政策培训',
    online: true,
    participants: 102,
  },
  {
    kind: 'matchmaking',
    heldOn: '2020-12-03',
    title: '湖北科技学院成果就地转化推介会（赤壁）',
    online: false,
    participants: 70,
  },
];

/**
 * The city's 2020 work plan: targets set in January (the funding target raised in March by the
 * plan for winning provincial and ministerial funds), the policy documents of the first half year,
 * and the service activities (7 online trainings and 3 lectures by June).
 */
export const workPlanHistory = (): ScheduledCommand[] => {
  const schedule = createSchedule();
  for (const t of targets2020)
    schedule.add('2020-01-20', 'SetTarget', { ...plan, ...t, setOn: '2020-01-20', source: WORK_POINTS }, WORK_POINTS);
  for (const d of documents) schedule.add(d.issuedOn, 'IssuePolicyDocument', { ...plan, ...d });
  schedule.add('2020-03-20', 'ReviseTarget', {
    ...plan,
    indicatorId: 'funding.won_from_higher_levels',
    value: 1_500_000_000,
    revisedOn: '2020-03-20',
    source: '争取省部级科技政策和项目资金工作方案',
    reason: '结合中央支持湖北发展一揽子政策，加大向上争取力度',
  });
  activities.forEach((a, i) => {
    schedule.add(a.heldOn, 'RecordServiceActivity', {
      ...plan,
      activityId: `xn-2020-activity-${String(i + 1).padStart(2, '0')}`,
      ...a,
    });
  });
  return [...schedule.commands];
};
