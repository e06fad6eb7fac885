import {
  BusinessDate,
  createEventRegistry,
  defineEvent,
  type Event,
  type EventOf,
  type EventRegistry,
} from '@innoledger/kernel';
import * as t from 'io-ts';
import { RegionId } from '../regions/region';
import { NonEmptyString, Year } from '../shared/strings';
import { ActivityId, DocumentId, IndicatorId } from './ids';
import { Count, ServiceActivityKind, TargetUnit, TargetValue } from './vocabulary';

// Every event names its plan (region and year), so a projection reading one event knows whose
// target or activity it is without the aggregate's state.
const plan = { regionId: RegionId, year: Year };

export const TargetSetData = t.intersection([
  t.type({ ...plan, indicatorId: IndicatorId, value: TargetValue, unit: TargetUnit, setOn: BusinessDate }),
  t.partial({ source: NonEmptyString }),
]);
export type TargetSetData = t.TypeOf<typeof TargetSetData>;

export const TargetRevisedData = t.intersection([
  t.type({
    ...plan,
    indicatorId: IndicatorId,
    unit: TargetUnit,
    previousValue: TargetValue,
    value: TargetValue,
    revisedOn: BusinessDate,
    /** 1 for the first revision of this target, 2 for the next, … */
    revision: t.number,
  }),
  t.partial({ source: NonEmptyString, reason: NonEmptyString }),
]);
export type TargetRevisedData = t.TypeOf<typeof TargetRevisedData>;

export const PolicyDocumentIssuedData = t.intersection([
  t.type({
    ...plan,
    documentId: DocumentId,
    title: NonEmptyString,
    issuer: NonEmptyString,
    issuedOn: BusinessDate,
    effectiveFrom: BusinessDate,
  }),
  t.partial({ documentNo: NonEmptyString, summary: NonEmptyString }),
]);
export type PolicyDocumentIssuedData = t.TypeOf<typeof PolicyDocumentIssuedData>;

export const ServiceActivityHeldData = t.intersection([
  t.type({
    ...plan,
    activityId: ActivityId,
    kind: ServiceActivityKind,
    title: NonEmptyString,
    heldOn: BusinessDate,
    online: t.boolean,
  }),
  t.partial({ participants: Count }),
]);
export type ServiceActivityHeldData = t.TypeOf<typeof ServiceActivityHeldData>;

/** An indicator's annual target was set. */
export const TargetSet = defineEvent('TargetSet', TargetSetData);
/** A target was revised; the previous value is kept beside the new one. */
export const TargetRevised = defineEvent('TargetRevised', TargetRevisedData);
/** A policy document was issued. */
export const PolicyDocumentIssued = defineEvent('PolicyDocumentIssued', PolicyDocumentIssuedData);
/** A service activity was held. */
export const ServiceActivityHeld = defineEvent('ServiceActivityHeld', ServiceActivityHeldData);

export type TargetSet = Event<'TargetSet', TargetSetData>;
export type TargetRevised = Event<'TargetRevised', TargetRevisedData>;
export type PolicyDocumentIssued = Event<'PolicyDocumentIssued', PolicyDocumentIssuedData>;
export type ServiceActivityHeld = Event<'ServiceActivityHeld', ServiceActivityHeldData>;

/** The WorkPlan event definitions (`AggregateModule.events`), each typed with its own data. */
export const workPlanEventDefinitions = [TargetSet, TargetRevised, PolicyDocumentIssued, ServiceActivityHeld] as const;

/** Every WorkPlan event, discriminated by `type`. */
export type WorkPlanEvent = EventOf<(typeof workPlanEventDefinitions)[number]>;

export const workPlanEventRegistry: EventRegistry<WorkPlanEvent> = createEventRegistry(workPlanEventDefinitions);
