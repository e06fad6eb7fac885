import { BusinessDate, createEventRegistry, defineEvent, type EventOf, type EventRegistry } from '@innoledger/kernel';
import * as t from 'io-ts';
import { RegionId } from '../regions/region';
import { Fen } from '../shared/money';
import { NonEmptyString, Year } from '../shared/strings';
import { Uscc } from '../shared/uscc';
import {
  AdmissionMode,
  Grade,
  PlatformHost,
  PlatformId,
  PlatformKind,
  PlatformLevel,
  PlatformRevocationReason,
} from './vocabulary';

// Every event names the platform, its kind, region and (when an enterprise hosts it) the host's USCC,
// so indicators by kind × level, activity and R&D coverage can count it without the aggregate.
const about = { platformId: PlatformId, kind: PlatformKind, regionId: RegionId };
const withHost = <P extends t.Props, O extends t.Props>(props: P, optional: O, name: string) =>
  t.intersection([t.type({ ...about, ...props }), t.partial({ hostUscc: Uscc, ...optional })], name);

export const PlatformRegisteredData = t.intersection(
  [t.type({ ...about, name: NonEmptyString, registeredOn: BusinessDate }), t.partial({ host: PlatformHost })],
  'PlatformRegisteredData',
);

/** `previousLevel`: the level held before this higher admission (the lower record stays in history). */
const admittedData = (name: string) =>
  withHost(
    { level: PlatformLevel, mode: AdmissionMode, on: BusinessDate },
    { documentNo: NonEmptyString, previousLevel: PlatformLevel },
    name,
  );
export const PlatformFiledData = admittedData('PlatformFiledData');
export const PlatformRecognisedData = admittedData('PlatformRecognisedData');

export const PlatformGradedData = withHost(
  { level: PlatformLevel, year: Year, grade: Grade, gradedOn: BusinessDate },
  {},
  'PlatformGradedData',
);

/** `bannedUntil`: after fraud, the first day a re-admission is accepted again. */
export const PlatformRevokedData = withHost(
  { level: PlatformLevel, reason: PlatformRevocationReason, revokedOn: BusinessDate },
  { bannedUntil: BusinessDate },
  'PlatformRevokedData',
);

export const RentReliefGrantedData = withHost(
  { level: PlatformLevel, incubateeUscc: Uscc, amount: Fen, from: BusinessDate, to: BusinessDate },
  {},
  'RentReliefGrantedData',
);

export const PlatformRegistered = defineEvent('PlatformRegistered', PlatformRegisteredData);
export const PlatformFiled = defineEvent('PlatformFiled', PlatformFiledData);
export const PlatformRecognised = defineEvent('PlatformRecognised', PlatformRecognisedData);
export const PlatformGraded = defineEvent('PlatformGraded', PlatformGradedData);
export const PlatformRevoked = defineEvent('PlatformRevoked', PlatformRevokedData);
export const RentReliefGranted = defineEvent('RentReliefGranted', RentReliefGrantedData);

/** The TechPlatform event definitions (`AggregateModule.events`), each typed with its own data. */
export const techPlatformEventDefinitions = [
  PlatformRegistered,
  PlatformFiled,
  PlatformRecognised,
  PlatformGraded,
  PlatformRevoked,
  RentReliefGranted,
] as const;

/** Every event of the TechPlatform aggregate. */
export type TechPlatformEvent = EventOf<(typeof techPlatformEventDefinitions)[number]>;
export type TechPlatformEventOf<T extends TechPlatformEvent['type']> = Extract<TechPlatformEvent, { type: T }>;

export const techPlatformEventRegistry: EventRegistry<TechPlatformEvent> =
  createEventRegistry(techPlatformEventDefinitions);
