import { flowIndicator } from './flowIndicator';
import type { IndicatorDefinition } from './indicator';

/** The indicators that count or sum what happened inside the period, by business date. */
export const flowIndicators: readonly IndicatorDefinition[] = [
  flowIndicator({
    id: 'hte.applications',
    label: { zh: '高新技术企业申报数', en: 'High-tech enterprise applications' },
    unit: 'count',
    formula: 'count of HighTechApplicationSubmitted by submittedOn in the period',
  }),
  flowIndicator({
    id: 'hte.newly_certified',
    label: { zh: '新认定高新技术企业数', en: 'Newly certified high-tech enterprises' },
    unit: 'count',
    formula: 'count of HighTechEnterpriseCertified by issuedOn in the period (re-certifications included)',
  }),
  flowIndicator({
    id: 'tech_sme.registered',
    label: { zh: '科技型中小企业入库数', en: 'Tech-based SMEs registered' },
    unit: 'count',
    formula: 'count of TechSmeRegistered by evaluatedOn in the period',
  }),
  flowIndicator({
    id: 'contracts.count',
    label: { zh: '技术合同认定登记数', en: 'Technology contracts registered' },
    unit: 'count',
    formula: "registrations by registeredOn in the seller's region, less revocations on their own date",
    withBreakdown: true,
  }),
  flowIndicator({
    id: 'contracts.amount',
    label: { zh: '技术合同成交额', en: 'Technology contract turnover' },
    unit: 'fen',
    formula:
      "Σ grossAmount of contracts registered in the period in the seller's region; amendments and revocations on their own date",
    withBreakdown: true,
  }),
  flowIndicator({
    id: 'contracts.tech_amount',
    label: { zh: '技术交易额', en: 'Technology transaction amount' },
    unit: 'fen',
    formula:
      'Σ techAmount (核定技术交易额) of contracts registered in the period; amendments and revocations on their own date',
    withBreakdown: true,
  }),
  flowIndicator({
    id: 'achievements.registered',
    label: { zh: '科技成果登记数', en: 'S&T achievements registered' },
    unit: 'count',
    formula: 'count of AchievementRegistered by registeredOn in the period, by level',
    withBreakdown: true,
  }),
  flowIndicator({
    id: 'achievements.transformed',
    label: { zh: '科技成果转化项目数', en: 'Achievement transformation projects' },
    unit: 'count',
    formula: 'count of AchievementTransformationStarted by startedOn in the period',
  }),
  flowIndicator({
    id: 'awards.applications',
    label: { zh: '科技奖申报数（省级以上）', en: 'S&T award applications (provincial and above)' },
    unit: 'count',
    formula: 'count of AwardApplied at provincial or national level by appliedOn in the period',
    withBreakdown: true,
  }),
  flowIndicator({
    id: 'awards.won',
    label: { zh: '获科技奖数（省级以上）', en: 'S&T awards won (provincial and above)' },
    unit: 'count',
    formula: 'count of AwardWon at provincial or national level by decidedOn in the period',
    withBreakdown: true,
  }),
  flowIndicator({
    id: 'platforms.filed',
    label: { zh: '创新平台备案/认定数', en: 'Innovation platforms filed or recognised' },
    unit: 'count',
    formula: 'count of PlatformFiled and PlatformRecognised by date in the period, by kind/level',
    withBreakdown: true,
  }),
  flowIndicator({
    id: 'rd_institutions.new_type',
    label: { zh: '新建市级以上新型研发机构数', en: 'New-type R&D institutions built (municipal level and above)' },
    unit: 'count',
    formula:
      'platforms of kind new-type R&D institution, engineering research centre or industrial technology research institute first filed or recognised (any level, all ≥ municipal) in the period',
    withBreakdown: true,
  }),
  flowIndicator({
    id: 'funding.won_from_higher_levels',
    label: { zh: '向上争取资金', en: 'Funding won from provincial and higher levels' },
    unit: 'fen',
    formula: 'Σ grant of ProjectApproved at provincial or national funding level, by approvedOn in the period',
    withBreakdown: true,
  }),
  flowIndicator({
    id: 'projects.planned',
    label: { zh: '谋划申报项目数', en: 'Projects planned in the project library' },
    unit: 'count',
    formula: 'count of ProjectPlanned by plannedOn in the period, by programme',
    withBreakdown: true,
  }),
  flowIndicator({
    id: 'projects.proposals',
    label: { zh: '项目申报数', en: 'Project proposals' },
    unit: 'count',
    formula: 'count of ProposalSubmitted by submittedOn in the period, by programme',
    withBreakdown: true,
  }),
  flowIndicator({
    id: 'projects.approved',
    label: { zh: '立项数', en: 'Projects approved' },
    unit: 'count',
    formula: 'count of ProjectApproved by approvedOn in the period, by programme',
    withBreakdown: true,
  }),
  flowIndicator({
    id: 'projects.accepted',
    label: { zh: '验收项目数', en: 'Projects through acceptance review' },
    unit: 'count',
    formula: 'count of final AcceptanceRecorded decisions by decidedOn in the period, by outcome',
    withBreakdown: true,
  }),
  flowIndicator({
    id: 'services.trainings',
    label: { zh: '培训与讲座场次', en: 'Trainings and lectures held' },
    unit: 'count',
    formula: 'count of ServiceActivityHeld of kind training or lecture by heldOn in the period, by kind',
    withBreakdown: true,
  }),
];
