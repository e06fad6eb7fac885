// The public API of @innoledger/indicators, listed by hand.

export { computeIndicator, type IndicatorQuery } from './computeIndicator';
export {
  computeIndicators,
  type IndicatorOptions,
  type IndicatorRequest,
  indicatorsFromLedger,
  type LoadLedgerOptions,
  loadLedger,
} from './computeIndicators';
export { flowIndicator } from './definitions/flowIndicator';
export type { IndicatorDefinition, MeasureContext, Measurement } from './definitions/indicator';
export { standardIndicators } from './definitions/standard';
export type {
  IndicatorError,
  IndicatorRequestError,
  InvalidKnownAt,
  UnknownIndicator,
  UnknownRegionRequested,
} from './errors';
export { addFlow, addFlowWithBreakdown, breakdownOf, type Flows, sumFlow } from './ledger/flows';
export type {
  CertificateFact,
  EnterpriseFact,
  Ledger,
  PlatformFact,
  ProposalFact,
  PublicationFact,
} from './ledger/ledger';
export { emptyLedger } from './ledger/ledger';
export { type DomainEvent, ledgerProjection } from './ledger/ledgerProjection';
export { targetOf } from './ledger/targets';
export { type InvalidPeriod, type Period, parsePeriod, previousYearOf, timeProgressOf } from './period/period';
export type { BilingualLabel, IndicatorResult, IndicatorUnit } from './result';
