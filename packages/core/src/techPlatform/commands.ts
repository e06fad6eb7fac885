import { BusinessDate } from '@innoledger/kernel';
import * as t from 'io-ts';
import { RegionId } from '../regions/region';
import { command, commandTypesOf } from '../shared/command';
import { Fen } from '../shared/money';
import { NonEmptyString, Year } from '../shared/strings';
import { Uscc } from '../shared/uscc';
import { Grade, PlatformHost, PlatformId, PlatformKind, PlatformLevel, RevokeReason } from './vocabulary';

export const RegisterPlatform = command(
  'RegisterPlatform',
  t.intersection([
    t.type({
      platformId: PlatformId,
      name: NonEmptyString,
      kind: PlatformKind,
      regionId: RegionId,
      registeredOn: BusinessDate,
    }),
    t.partial({ host: PlatformHost }),
  ]),
);

const admission = t.intersection([
  t.type({ platformId: PlatformId, level: PlatformLevel, on: BusinessDate }),
  t.partial({ documentNo: NonEmptyString }),
]);

/** 备案: admission at a level by filing. */
export const FilePlatform = command('FilePlatform', admission);

/** 认定: admission at a level by recognition after evaluation. */
export const RecognisePlatform = command('RecognisePlatform', admission);

export const RecordAnnualGrade = command(
  'RecordAnnualGrade',
  t.type({ platformId: PlatformId, year: Year, grade: Grade, gradedOn: BusinessDate }),
);

export const RevokePlatform = command(
  'RevokePlatform',
  t.type({ platformId: PlatformId, reason: RevokeReason, revokedOn: BusinessDate }),
);

export const GrantRentRelief = command(
  'GrantRentRelief',
  t.type({ platformId: PlatformId, incubateeUscc: Uscc, amount: Fen, from: BusinessDate, to: BusinessDate }),
);

/** Every command the TechPlatform aggregate accepts, discriminated by its literal `type`. */
export const TechPlatformCommand = t.union([
  RegisterPlatform,
  FilePlatform,
  RecognisePlatform,
  RecordAnnualGrade,
  RevokePlatform,
  GrantRentRelief,
]);
export type TechPlatformCommand = t.TypeOf<typeof TechPlatformCommand>;
export type TechPlatformCommandOf<T extends TechPlatformCommand['type']> = Extract<TechPlatformCommand, { type: T }>;
export type TechPlatformCommandData<T extends TechPlatformCommand['type']> = TechPlatformCommandOf<T>['data'];

/** Every TechPlatform command type, in the union's order. */
export const techPlatformCommandTypes = commandTypesOf(TechPlatformCommand);
