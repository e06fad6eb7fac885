import { type RegionHierarchy, xianningRegions } from '@innoledger/core';
import {
  type Event,
  type EventRegistry,
  type EventStore,
  type ProjectionRun,
  parseKnownAt,
  runProjection,
} from '@innoledger/kernel';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { computeIndicator, type IndicatorQuery } from './computeIndicator';
import type { IndicatorDefinition } from './definitions/indicator';
import { standardIndicators } from './definitions/standard';
import type { IndicatorError, IndicatorRequestError } from './errors';
import type { Ledger } from './ledger/ledger';
import { ledgerProjection } from './ledger/ledgerProjection';
import { parsePeriod } from './period/period';
import type { IndicatorResult } from './result';

export interface IndicatorRequest {
  /** Region id (`xianning`, `chibi`…) or GB/T 2260 code (`421281`). */
  readonly region: string;
  /** `2020`, `2020-H1`, `2020-Q1`, `2020-03` or `2020-01-01..2020-04-10`. */
  readonly period: string;
  /** Only these indicators; all standard ones by default. */
  readonly ids?: readonly string[];
}

export interface IndicatorOptions {
  readonly regions?: RegionHierarchy;
  readonly definitions?: readonly IndicatorDefinition[];
}

interface ResolvedRequest {
  readonly definitions: readonly IndicatorDefinition[];
  readonly query: IndicatorQuery;
}

/** Checks a request against the hierarchy and the catalogue before any history is read. */
const resolveRequest = (
  request: IndicatorRequest,
  options: IndicatorOptions,
): Either<IndicatorRequestError, ResolvedRequest> => {
  const regions = options.regions ?? xianningRegions;
  const catalogue = options.definitions ?? standardIndicators;
  const region = regions.find(request.region);
  if (!region) return left({ _tag: 'UnknownRegionRequested', region: request.region });
  const period = parsePeriod(request.period);
  if (isLeft(period)) return period;
  let definitions = catalogue;
  if (request.ids) {
    const byId = new Map(catalogue.map((d) => [d.id, d]));
    const picked: IndicatorDefinition[] = [];
    for (const id of request.ids) {
      const definition = byId.get(id);
      if (!definition) return left({ _tag: 'UnknownIndicator', id, known: [...byId.keys()] });
      picked.push(definition);
    }
    definitions = picked;
  }
  return right({
    definitions,
    query: { regionId: region.id, regionIds: regions.selfAndDescendants(region.id), period: period.right },
  });
};

const measureAll = (ledger: Ledger, { definitions, query }: ResolvedRequest): IndicatorResult[] =>
  definitions.map((definition) => computeIndicator(definition, ledger, query));

/** Measures indicators from a ledger already built: pure, so one ledger serves many questions. */
export const indicatorsFromLedger = (
  ledger: Ledger,
  request: IndicatorRequest,
  options: IndicatorOptions = {},
): Either<IndicatorRequestError, IndicatorResult[]> => {
  const resolved = resolveRequest(request, options);
  return isLeft(resolved) ? resolved : right(measureAll(ledger, resolved.right));
};

export interface LoadLedgerOptions {
  readonly registry: EventRegistry<Event>;
  /** Only events recorded by then count: a business date (end of that day, CST) or an ISO instant. */
  readonly knownAt?: string;
  /** Replay from zero instead of resuming from the stored checkpoint. */
  readonly rebuild?: boolean;
  readonly onProgress?: (position: number) => void;
  readonly batchSize?: number;
}

/**
 * Brings the ledger up to date. Without `knownAt` it resumes from the stored checkpoint and saves
 * the view with its new checkpoint; with `knownAt` it replays history up to that moment and stores
 * nothing, because the past is computed, not kept.
 */
export const loadLedger = async (
  store: EventStore,
  options: LoadLedgerOptions,
): Promise<Either<IndicatorError, ProjectionRun<Ledger>>> => {
  let recordedAt: string | undefined;
  if (options.knownAt !== undefined) {
    recordedAt = parseKnownAt(options.knownAt);
    if (recordedAt === undefined) return left({ _tag: 'InvalidKnownAt', input: options.knownAt });
  }
  return runProjection({
    store,
    projection: ledgerProjection,
    registry: options.registry,
    ...(recordedAt !== undefined ? { until: { recordedAt } } : {}),
    ...(options.rebuild ? { rebuild: true } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
  });
};

/** Loads the ledger (as known at `knownAt`, or now) and measures the requested indicators. */
export const computeIndicators = async (
  store: EventStore,
  request: IndicatorRequest & LoadLedgerOptions,
  options: IndicatorOptions = {},
): Promise<Either<IndicatorError, IndicatorResult[]>> => {
  const resolved = resolveRequest(request, options);
  if (isLeft(resolved)) return resolved;
  const ledger = await loadLedger(store, request);
  if (isLeft(ledger)) return ledger;
  return right(measureAll(ledger.right.view, resolved.right));
};
